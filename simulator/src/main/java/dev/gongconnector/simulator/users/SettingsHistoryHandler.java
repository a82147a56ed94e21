package dev.gongconnector.simulator.users;

import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code GET /v2/users/{id}/settings-history}: how a user's recording and import settings changed
 * since the user was created. The last value of each setting equals what {@code GET /v2/users/{id}}
 * shows now ({@code callsImported} is the user's {@code telephonyCallsImported}).
 */
public final class SettingsHistoryHandler {

  private static final long DAY = 86_400_000L;

  private final Company company;

  public SettingsHistoryHandler(Company company) {
    this.company = company;
  }

  /** One change: the setting, its new value, when. */
  public record Change(String setting, boolean value, long millis) {}

  public Response handle(Request r) {
    String id = r.pathParam(0);
    if (!Params.isId(id)) {
      throw ApiException.badRequest("id: must be a numeric user id of up to 20 digits");
    }
    User u = company.user(id);
    if (u == null) {
      throw ApiException.notFound("User not found");
    }
    List<Change> changes = history(u, company.anchor().toEpochMilli());
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("userSettingsHistory");
          for (Change c : changes) {
            g.writeStartObject();
            g.writeStringField("setting", c.setting());
            g.writeBooleanField("value", c.value());
            g.writeStringField("time", CallJson.iso(c.millis()));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** The user's settings now, named as Gong's settings-history names them. */
  static Map<String, Boolean> current(User u) {
    boolean staff = u.avatar();
    Map<String, Boolean> m = new LinkedHashMap<>();
    m.put("active", u.active());
    m.put("webConferencesRecorded", !staff);
    m.put("preventWebConferenceRecording", false);
    m.put("emailsImported", !staff);
    m.put("preventEmailImport", false);
    m.put("nonRecordedMeetingsImported", !staff);
    m.put("gongConnectEnabled", !staff);
    m.put("callsImported", u.role() == User.Role.SDR);
    return m;
  }

  /** Every change, oldest first, all before {@code anchorMs}. */
  static List<Change> history(User u, long anchorMs) {
    SplittableRandom rng = Ids.rng(Long.parseLong(u.id()), 43);
    long created = u.createdMillis();
    long span = Math.max(DAY, anchorMs - created - DAY);
    List<Change> out = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : current(u).entrySet()) {
      String s = e.getKey();
      boolean now = e.getValue();
      if (s.equals("emailsImported") && now) {
        // E-mail import is switched on once the mailbox is connected, days after the account.
        out.add(new Change(s, false, created));
        out.add(new Change(s, true, created + DAY * (1 + rng.nextInt(30))));
      } else if (s.equals("gongConnectEnabled") && now && rng.nextInt(100) < 20) {
        long off = created + (long) (span * (0.3 + rng.nextDouble() * 0.3));
        out.add(new Change(s, true, created));
        out.add(new Change(s, false, off));
        out.add(new Change(s, true, off + DAY * (1 + rng.nextInt(10))));
      } else if (s.equals("active") && !now) {
        out.add(new Change(s, true, created));
        out.add(new Change(s, false, created + (long) (span * (0.5 + rng.nextDouble() * 0.5))));
      } else {
        out.add(new Change(s, now, created));
      }
    }
    out.sort(Comparator.comparingLong(Change::millis));
    return out;
  }
}
