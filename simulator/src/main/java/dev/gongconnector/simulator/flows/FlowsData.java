package dev.gongconnector.simulator.flows;

import dev.gongconnector.simulator.company.Account;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Contact;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Gong Engage flows of the company: company-wide flows per sales workspace, shared flows, and one
 * or two personal flows per SDR and rep; some account contacts (the prospects, by CRM id) are
 * enrolled in one flow run by a seller of their workspace.
 */
public final class FlowsData {

  /** A flow ({@code PublicApiFlow}); {@code ownerId} null for company flows. */
  public record Flow(
      String id,
      String name,
      String folderId,
      String folderName,
      String visibility,
      long createdMillis,
      boolean exclusive,
      String workspaceId,
      String ownerId) {}

  /** A prospect's enrolment ({@code PublicApiAssignedFlow}). */
  public record Assignment(
      Flow flow,
      String crmProspectId,
      String instanceId,
      User owner,
      long createdMillis,
      String status) {}

  private static final String[] COMPANY_FLOWS = {
    "Inbound demo request follow-up",
    "Cold outbound - VP Sales persona",
    "Post-demo nurture",
    "Event follow-up",
    "Closed lost re-engagement"
  };
  private static final String[] PERSONAL = {
    "My warm intros", "Champion check-in", "Pricing follow-up", "Quick touch - 3 steps"
  };
  private static final String[] STATUSES = {"Running", "Running", "Running", "Pending", "Paused"};

  private final List<Flow> flows = new ArrayList<>();
  private final Map<String, Assignment> byProspect = new HashMap<>();

  public FlowsData(Company company) {
    SplittableRandom rng = Ids.rng(company.seed(), 0xF10F5L);
    long anchor = company.anchor().toEpochMilli();
    for (int w = 0; w < 2; w++) {
      String ws = company.workspaces().get(w).id();
      String folderId = Long.toString(Ids.next(rng));
      for (String name : COMPANY_FLOWS) {
        flows.add(
            new Flow(
                Long.toString(Ids.next(rng)),
                name,
                folderId,
                "Company flows",
                "Company",
                anchor - (100 + rng.nextInt(500)) * 86_400_000L,
                rng.nextInt(4) == 0,
                ws,
                null));
      }
    }
    for (User u : company.users()) {
      if (!u.active() || (u.role() != User.Role.SDR && u.role() != User.Role.REP)) {
        continue;
      }
      int n = 1 + rng.nextInt(2);
      for (int i = 0; i < n; i++) {
        boolean shared = rng.nextInt(4) == 0;
        flows.add(
            new Flow(
                Long.toString(Ids.next(rng)),
                PERSONAL[rng.nextInt(PERSONAL.length)] + " (" + u.firstName() + ")",
                null,
                null,
                shared ? "Shared" : "Personal",
                Math.max(u.createdMillis(), anchor - rng.nextInt(300) * 86_400_000L),
                false,
                u.workspaceId(),
                u.id()));
      }
    }
    for (Account a : company.accounts()) {
      for (Contact c : a.contacts()) {
        if (rng.nextInt(100) >= 40) {
          continue;
        }
        Flow f = flows.get(rng.nextInt(flows.size()));
        User owner =
            f.ownerId() != null ? company.user(f.ownerId()) : seller(company, f.workspaceId(), rng);
        byProspect.put(
            c.crmId(),
            new Assignment(
                f,
                c.crmId(),
                Long.toString(Ids.next(rng)),
                owner,
                Math.max(f.createdMillis(), anchor - rng.nextInt(60) * 86_400_000L),
                STATUSES[rng.nextInt(STATUSES.length)]));
      }
    }
  }

  private static User seller(Company company, String workspaceId, SplittableRandom rng) {
    List<User> l = new ArrayList<>();
    for (User u : company.hosts()) {
      if (u.workspaceId().equals(workspaceId)
          && (u.role() == User.Role.SDR || u.role() == User.Role.REP)) {
        l.add(u);
      }
    }
    return l.isEmpty() ? company.hosts().get(0) : l.get(rng.nextInt(l.size()));
  }

  /**
   * The flows {@code user} sees: company flows, flows shared by anyone, and their own personal
   * flows; only those of {@code workspaceId} when given.
   */
  public List<Flow> visibleTo(User user, String workspaceId) {
    List<Flow> out = new ArrayList<>();
    for (Flow f : flows) {
      boolean visible =
          f.visibility().equals("Company")
              || f.visibility().equals("Shared")
              || user.id().equals(f.ownerId());
      if (visible && (workspaceId == null || workspaceId.equals(f.workspaceId()))) {
        out.add(f);
      }
    }
    return out;
  }

  /** The enrolment of a prospect (contact CRM id), or null. */
  public Assignment assignment(String crmProspectId) {
    return byProspect.get(crmProspectId);
  }
}
