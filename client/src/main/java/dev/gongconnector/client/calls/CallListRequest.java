package dev.gongconnector.client.calls;

import dev.gongconnector.client.internal.Check;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The filter of {@code GET /v2/calls}: a date range (both ends required by Gong) and an optional
 * workspace.
 *
 * <p>{@code fromDateTime} is inclusive, {@code toDateTime} exclusive. Gong compares the scheduled
 * time for web-conference calls it recorded and the actual start otherwise.
 *
 * @param fromDateTime calls on or after this time (required)
 * @param toDateTime calls before this time (required)
 * @param workspaceId only calls of this workspace, or null
 */
public record CallListRequest(
    OffsetDateTime fromDateTime, OffsetDateTime toDateTime, String workspaceId) {

  public CallListRequest {
    Check.required(fromDateTime, "fromDateTime");
    Check.required(toDateTime, "toDateTime");
    Check.range(fromDateTime, toDateTime, "fromDateTime", "toDateTime");
    workspaceId = Check.optional(workspaceId);
  }

  /** All calls in {@code [from, to)}. */
  public static CallListRequest of(OffsetDateTime from, OffsetDateTime to) {
    return new CallListRequest(from, to, null);
  }

  /** All calls in {@code [from, to)}. */
  public static CallListRequest of(Instant from, Instant to) {
    return new CallListRequest(Check.utc(from), Check.utc(to), null);
  }

  /** The same range restricted to a workspace. */
  public CallListRequest withWorkspaceId(String workspaceId) {
    return new CallListRequest(fromDateTime, toDateTime, workspaceId);
  }

  /** The same filter over another range (used to walk a range in windows). */
  public CallListRequest withRange(OffsetDateTime from, OffsetDateTime to) {
    return new CallListRequest(from, to, workspaceId);
  }

  /** The same filter starting at {@code from} (to restart a range after a failure). */
  public CallListRequest withFromDateTime(OffsetDateTime from) {
    return new CallListRequest(from, toDateTime, workspaceId);
  }
}
