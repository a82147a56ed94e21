package dev.gongconnector.simulator.activity;

import dev.gongconnector.simulator.calls.Scenario;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The company's scorecards ({@code GET /v2/settings/scorecards}) and which kind of call each one
 * reviews. Question types RANGE (a 1-5 score) and MULTIPLE_CHOICE are Gong's names as far as its
 * examples show (unconfirmed beyond "RANGE").
 */
public final class Scorecards {

  /** An answer option of a multiple-choice question. */
  public record Option(int id, String text) {}

  /** A question; {@code options} empty for RANGE questions. */
  public record Question(
      long id, long revisionId, String text, boolean overall, String type, List<Option> options) {}

  /** A scorecard and the scenarios its calls have. */
  public record Scorecard(
      long id,
      String name,
      String workspaceId,
      long updaterUserId,
      long createdMillis,
      long updatedMillis,
      List<Question> questions,
      List<Scenario> scenarios) {}

  private final List<Scorecard> all;

  public Scorecards(Company company) {
    SplittableRandom rng = Ids.rng(company.seed(), 23);
    String na = company.workspaces().get(0).id();
    String emea = company.workspaces().get(1).id();
    String cs = company.workspaces().get(2).id();
    long updater = Long.parseLong(firstManager(company).id());
    long created = company.anchor().minus(300, ChronoUnit.DAYS).toEpochMilli();
    List<Scorecard> l = new ArrayList<>();
    l.add(
        card(
            rng,
            "Discovery Call Scorecard",
            na,
            updater,
            created,
            List.of(Scenario.DISCOVERY),
            "Did the rep uncover the customer's main pain points?",
            "Did the rep agree on clear next steps?"));
    l.add(
        card(
            rng,
            "SDR Cold Call Scorecard",
            na,
            updater,
            created,
            List.of(Scenario.COLD_CALL),
            "Did the SDR state a relevant reason for the call?",
            "Did the SDR book or propose a meeting?"));
    l.add(
        card(
            rng,
            "Demo and Pricing Scorecard",
            emea,
            updater,
            created,
            List.of(Scenario.DEMO, Scenario.PRICING),
            "Did the rep tie the demo to the customer's use case?",
            "How well did the rep handle pricing objections?"));
    l.add(
        card(
            rng,
            "Customer Success Review",
            cs,
            updater,
            created,
            List.of(Scenario.ONBOARDING, Scenario.RENEWAL),
            "Did the CSM review adoption and success metrics?",
            "Did the CSM confirm the renewal or expansion path?"));
    this.all = List.copyOf(l);
  }

  private static User firstManager(Company company) {
    for (User u : company.users()) {
      if (u.role() == User.Role.MANAGER) {
        return u;
      }
    }
    return company.users().get(0);
  }

  private static Scorecard card(
      SplittableRandom rng,
      String name,
      String workspaceId,
      long updater,
      long created,
      List<Scenario> scenarios,
      String q1,
      String q2) {
    List<Question> qs =
        List.of(
            new Question(
                Ids.next(rng),
                Ids.next(rng),
                "Overall, how would you rate this call?",
                true,
                "RANGE",
                List.of()),
            new Question(Ids.next(rng), Ids.next(rng), q1, false, "RANGE", List.of()),
            new Question(
                Ids.next(rng),
                Ids.next(rng),
                q2,
                false,
                "MULTIPLE_CHOICE",
                List.of(new Option(1, "Yes"), new Option(2, "Partly"), new Option(3, "No"))));
    return new Scorecard(
        Ids.next(rng),
        name,
        workspaceId,
        updater,
        created,
        created + 86_400_000L * (10 + rng.nextInt(60)),
        qs,
        scenarios);
  }

  public List<Scorecard> all() {
    return all;
  }

  /** The scorecard that reviews calls of this scenario in this workspace, or null. */
  public Scorecard forCall(Scenario scenario, String workspaceId) {
    for (Scorecard s : all) {
      if (s.scenarios().contains(scenario) && s.workspaceId().equals(workspaceId)) {
        return s;
      }
    }
    return null;
  }
}
