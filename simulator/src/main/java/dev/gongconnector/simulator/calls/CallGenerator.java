package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Account;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Contact;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns (seed, call id, start, host) into a full {@link SimCall}. Nothing is stored: the same
 * inputs always give the same call, which keeps 100,000 calls in a few megabytes.
 *
 * <p>Realism choices: about 3% of external calls have no parties (as some real calls do), and about
 * 4% are not transcribable (too short or no speech; language {@code zxx}), so their transcript is
 * empty.
 */
public final class CallGenerator {

  private static final String[] DISPOSITIONS = {
    "Connected",
    "Left voicemail",
    "Got the gatekeeper",
    "Meeting booked",
    "Not interested",
    "Call back later"
  };

  private final Company company;

  public CallGenerator(Company company) {
    this.company = company;
  }

  /**
   * The call with {@code id}, starting at {@code started} (epoch ms) and hosted by {@code host}.
   */
  public SimCall generate(long id, long started, User host) {
    SplittableRandom rng = Ids.rng(company.seed(), id);
    Scenario scenario = scenarioFor(host, rng);
    Account account =
        scenario == Scenario.INTERNAL
            ? null
            : company.accounts().get(rng.nextInt(company.accounts().size()));
    boolean phone = scenario == Scenario.COLD_CALL;
    int duration;
    if (phone) {
      duration = rng.nextInt(100) < 25 ? 20 + rng.nextInt(50) : 120 + rng.nextInt(600);
    } else {
      int planned = rng.nextInt(100) < 60 ? 30 : rng.nextInt(100) < 70 ? 60 : 45;
      duration = Math.max(300, planned * 60 - 240 + rng.nextInt(600));
    }
    boolean transcribable = duration >= 40 && rng.nextInt(100) >= 4;
    Long scheduled = phone ? null : started - rng.nextInt(120) * 1000L;
    String direction = phone ? (rng.nextInt(100) < 85 ? "Outbound" : "Inbound") : "Conference";
    String system =
        phone
            ? (rng.nextBoolean() ? "Outreach" : "RingCentral")
            : rng.nextInt(100) < 70
                ? "Zoom"
                : rng.nextBoolean() ? "Google Meet" : "Microsoft Teams";
    String scope = scenario == Scenario.INTERNAL ? "Internal" : "External";
    String media = phone ? "Audio" : "Video";
    // The generated conversations are English, so a call with speech is "eng" whatever the host's
    // locale; one without enough speech is "zxx" (Gong's code for that).
    String language = transcribable ? "eng" : "zxx";
    String title = title(scenario, account, rng);
    String meetingUrl = phone ? null : meetingUrl(system, rng);
    String calendarEventId = phone ? null : Long.toHexString(rng.nextLong()) + "@google.com";
    String clientUniqueId =
        phone ? Long.toString(rng.nextLong(1L << 40), 36).toUpperCase(Locale.ROOT) : null;
    String disposition =
        phone ? disposition(rng.nextInt(DISPOSITIONS.length), direction, transcribable) : null;
    String purpose = phone ? null : scenario.label();
    boolean isPrivate = rng.nextInt(100) < 2;
    List<Party> parties =
        rng.nextInt(100) < 3 && scenario != Scenario.INTERNAL
            ? List.of()
            : parties(host, account, scenario, phone, rng);
    return new SimCall(
        id,
        started,
        scheduled,
        duration,
        title,
        host.id(),
        direction,
        system,
        scope,
        media,
        language,
        host.workspaceId(),
        disposition,
        clientUniqueId,
        null,
        purpose,
        meetingUrl,
        isPrivate,
        calendarEventId,
        parties,
        account,
        scenario,
        transcribable,
        rng.nextLong());
  }

  /**
   * The SDR disposition for draw {@code i}: nobody leaves a voicemail or meets a gatekeeper on a
   * call with a conversation, or on one the prospect made (Inbound).
   */
  private static String disposition(int i, String direction, boolean conversation) {
    String d = DISPOSITIONS[i];
    boolean noConversation = d.equals("Left voicemail") || d.equals("Got the gatekeeper");
    if (!conversation && !noConversation && direction.equals("Outbound")) {
      return i % 2 == 0 ? "Left voicemail" : "Got the gatekeeper";
    }
    if (noConversation && (conversation || direction.equals("Inbound"))) {
      return conversation ? (i == 1 ? "Meeting booked" : "Call back later") : "Not interested";
    }
    return d;
  }

  private static Scenario scenarioFor(User host, SplittableRandom rng) {
    int r = rng.nextInt(100);
    switch (host.role()) {
      case SDR:
        return r < 90 ? Scenario.COLD_CALL : Scenario.DISCOVERY;
      case SE:
        return r < 45 ? Scenario.SECURITY_REVIEW : r < 85 ? Scenario.DEMO : Scenario.INTERNAL;
      case CSM:
        return r < 35 ? Scenario.ONBOARDING : r < 85 ? Scenario.RENEWAL : Scenario.INTERNAL;
      default:
        return r < 25
            ? Scenario.DISCOVERY
            : r < 50
                ? Scenario.DEMO
                : r < 70
                    ? Scenario.PRICING
                    : r < 82
                        ? Scenario.PROCUREMENT
                        : r < 92 ? Scenario.COLD_CALL : Scenario.INTERNAL;
    }
  }

  private String title(Scenario s, Account a, SplittableRandom rng) {
    String seller = company.name().split(" ")[0];
    switch (s) {
      case COLD_CALL:
        return a.name() + " - intro call";
      case DISCOVERY:
        return seller + " <> " + a.name() + " | Discovery";
      case DEMO:
        return a.name() + " | " + company.product() + " demo";
      case PRICING:
        return a.name() + " - pricing and proposal review";
      case SECURITY_REVIEW:
        return a.name() + " security review";
      case PROCUREMENT:
        return a.name() + " | procurement and contract";
      case ONBOARDING:
        return "Onboarding kickoff: " + a.name();
      case RENEWAL:
        return a.name() + " QBR" + (rng.nextBoolean() ? " and renewal" : "");
      default:
        return rng.nextBoolean() ? "Weekly pipeline review" : "Deal strategy sync";
    }
  }

  private static String meetingUrl(String system, SplittableRandom rng) {
    switch (system) {
      case "Zoom":
        return "https://zoom.us/j/" + (1_000_000_000L + rng.nextLong(8_999_999_999L));
      case "Google Meet":
        return "https://meet.google.com/"
            + letters(rng, 3)
            + "-"
            + letters(rng, 4)
            + "-"
            + letters(rng, 3);
      default:
        return "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + Long.toHexString(rng.nextLong());
    }
  }

  private static String letters(SplittableRandom rng, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + rng.nextInt(26)));
    }
    return sb.toString();
  }

  private List<Party> parties(
      User host, Account account, Scenario s, boolean phone, SplittableRandom rng) {
    List<Party> out = new ArrayList<>();
    List<String> methods = phone ? List.of("Attendee") : List.of("Invitee", "Attendee");
    out.add(internal(host, methods, rng));
    if (!phone) {
      int extraInternal =
          s == Scenario.INTERNAL ? 2 + rng.nextInt(3) : rng.nextInt(100) < 40 ? 1 : 0;
      for (int i = 0; i < extraInternal; i++) {
        User u = company.users().get(rng.nextInt(company.users().size()));
        if (!containsUser(out, u.id())) {
          out.add(internal(u, methods, rng));
        }
      }
    }
    if (account != null) {
      int externals = phone ? 1 : 1 + rng.nextInt(Math.min(3, account.contacts().size()));
      int first = rng.nextInt(account.contacts().size());
      for (int i = 0; i < externals; i++) {
        Contact c = account.contacts().get((first + i) % account.contacts().size());
        boolean attended = i == 0 || rng.nextInt(100) < 85;
        out.add(
            new Party(
                Long.toString(Ids.next(rng)),
                phone ? null : c.email(),
                c.fullName(),
                c.title(),
                null,
                attended ? Long.toString(Ids.next(rng)) : null,
                "External",
                phone ? c.phone() : null,
                attended ? methods : List.of("Invitee"),
                "Contact",
                c.crmId()));
      }
    }
    return List.copyOf(out);
  }

  private static boolean containsUser(List<Party> parties, String userId) {
    for (Party p : parties) {
      if (userId.equals(p.userId())) {
        return true;
      }
    }
    return false;
  }

  private static Party internal(User u, List<String> methods, SplittableRandom rng) {
    return new Party(
        Long.toString(Ids.next(rng)),
        u.emailAddress(),
        u.fullName(),
        u.title(),
        u.id(),
        Long.toString(Ids.next(rng)),
        "Internal",
        null,
        methods,
        "User",
        u.id());
  }
}
