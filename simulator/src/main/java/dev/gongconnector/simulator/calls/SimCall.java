package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Account;
import java.util.List;

/**
 * Everything the simulator knows about one call; the content (transcript, trackers, ...) is derived
 * on demand from {@code contentSeed}, the parties and the {@link Scenario}.
 *
 * @param scheduledMillis epoch millis, or null for calls that were not scheduled (phone calls)
 * @param account the prospect account, or null (internal meeting)
 * @param transcribable false for calls without enough speech: they never get a transcript
 */
public record SimCall(
    long id,
    long startedMillis,
    Long scheduledMillis,
    int duration,
    String title,
    String primaryUserId,
    String direction,
    String system,
    String scope,
    String media,
    String language,
    String workspaceId,
    String sdrDisposition,
    String clientUniqueId,
    String customData,
    String purpose,
    String meetingUrl,
    boolean isPrivate,
    String calendarEventId,
    List<Party> parties,
    Account account,
    Scenario scenario,
    boolean transcribable,
    long contentSeed) {

  public String idString() {
    return Long.toString(id);
  }

  public String url() {
    return "https://app.gong.io/call?id=" + id;
  }
}
