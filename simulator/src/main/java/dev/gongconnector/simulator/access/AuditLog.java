package dev.gongconnector.simulator.access;

import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Party;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Gong's audit logs, derived from the company and its calls: users log in on most working days
 * (AccessLog) and do things (UserActivityLog), managers play their team's calls (UserCallPlay), and
 * a few calls are shared with the customer, who opens and plays them (ExternallySharedCallAccess /
 * ExternallySharedCallPlay). The {@code logRecord} keys are our choice: Gong documents only that it
 * maps field names to values (unconfirmed).
 */
public final class AuditLog {

  /** Log types of {@code GET /v2/logs}. */
  public static final List<String> TYPES =
      List.of(
          "AccessLog",
          "UserActivityLog",
          "UserCallPlay",
          "ExternallySharedCallAccess",
          "ExternallySharedCallPlay");

  /** One entry; {@code user} null for an external viewer (then {@code email} names them). */
  public record Entry(
      User user, String email, String name, long time, Map<String, String> record) {}

  private static final long DAY = 86_400_000L;
  private static final String[] ACTIVITIES = {
    "Viewed deal board",
    "Created library folder",
    "Updated scorecard",
    "Exported team stats",
    "Changed notification settings",
    "Shared call snippet"
  };

  private final Company company;
  private final CallStore store;

  public AuditLog(CallStore store) {
    this.store = store;
    this.company = store.company();
  }

  /** Entries of {@code type} with a time in [from, to), oldest first. */
  public List<Entry> entries(String type, long from, long to) {
    long anchor = company.anchor().toEpochMilli();
    long lo = Math.max(from, anchor - (CallStore.SPAN_DAYS + 1) * DAY);
    long hi = Math.min(to, anchor + DAY);
    List<Entry> out = new ArrayList<>();
    if (lo >= hi) {
      return out;
    }
    switch (type) {
      case "AccessLog":
      case "UserActivityLog":
        daily(type, lo, hi, out);
        break;
      default:
        fromCalls(type, lo, hi, out);
    }
    out.sort(Comparator.comparingLong(Entry::time).thenComparing(e -> e.email()));
    return out;
  }

  private void daily(String type, long lo, long hi, List<Entry> out) {
    boolean access = type.equals("AccessLog");
    for (long day = Math.floorDiv(lo, DAY) * DAY; day < hi; day += DAY) {
      List<User> users = company.users();
      for (int i = 0; i < users.size(); i++) {
        User u = users.get(i);
        SplittableRandom rng = Ids.rng(company.seed(), day ^ ((long) i << 40) ^ (access ? 1 : 2));
        if (!u.active() || rng.nextInt(100) >= (access ? 60 : 15)) {
          continue;
        }
        long t = day + (7 + rng.nextInt(14)) * 3_600_000L + rng.nextInt(3_600_000);
        if (t < lo || t >= hi) {
          continue;
        }
        Map<String, String> rec = new LinkedHashMap<>();
        if (access) {
          rec.put("action", "Login");
          rec.put("ipAddress", "198.51.100." + (1 + Math.floorMod(u.id().hashCode(), 254)));
          rec.put("client", rng.nextBoolean() ? "Web" : "Mobile app");
        } else {
          rec.put("activity", ACTIVITIES[rng.nextInt(ACTIVITIES.length)]);
        }
        out.add(new Entry(u, u.emailAddress(), u.fullName(), t, rec));
      }
    }
  }

  private void fromCalls(String type, long lo, long hi, List<Entry> out) {
    boolean play = type.equals("UserCallPlay");
    for (int p = 0; p < store.generatedCount(); p++) {
      SimCall c = store.generatedCall(p);
      long end = c.startedMillis() + c.duration() * 1000L;
      if (end + 6 * DAY < lo || c.startedMillis() >= hi) {
        continue;
      }
      long h = Ids.mix(c.id() ^ 0x10C5L);
      if (play) {
        User host = company.user(c.primaryUserId());
        User manager =
            host == null || host.managerId() == null ? null : company.user(host.managerId());
        if (manager == null || Math.floorMod(h, 10L) >= 3) {
          continue;
        }
        long t = end + 7_200_000L + Math.floorMod(h >>> 8, 46L) * 3_600_000L;
        add(
            out,
            lo,
            hi,
            new Entry(
                manager, manager.emailAddress(), manager.fullName(), t, callRecord(c, "Played")));
      } else {
        Party viewer = firstExternal(c);
        if (viewer == null || viewer.emailAddress() == null || Math.floorMod(h, 30L) != 0) {
          continue;
        }
        long opened = end + DAY + Math.floorMod(h >>> 8, 96L) * 3_600_000L;
        long t = type.equals("ExternallySharedCallAccess") ? opened : opened + 120_000L;
        add(
            out,
            lo,
            hi,
            new Entry(
                null,
                viewer.emailAddress(),
                viewer.name(),
                t,
                callRecord(c, type.endsWith("Play") ? "Played" : "Opened")));
      }
    }
  }

  private static void add(List<Entry> out, long lo, long hi, Entry e) {
    if (e.time() >= lo && e.time() < hi) {
      out.add(e);
    }
  }

  private static Map<String, String> callRecord(SimCall c, String action) {
    Map<String, String> rec = new LinkedHashMap<>();
    rec.put("action", action);
    rec.put("callId", c.idString());
    rec.put("callTitle", c.title());
    return rec;
  }

  private static Party firstExternal(SimCall c) {
    for (Party p : c.parties()) {
      if ("External".equals(p.affiliation())) {
        return p;
      }
    }
    return null;
  }
}
