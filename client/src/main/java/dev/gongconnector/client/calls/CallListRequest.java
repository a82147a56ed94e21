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

  /**
   * Checks that each range ends after it starts.
   *
   * @param fromDateTime calls on or after this time (required)
   * @param toDateTime calls before this time (required)
   * @param workspaceId only calls of this workspace, or null
   */
  public CallListRequest {
    Check.required(fromDateTime, "fromDateTime");
    Check.required(toDateTime, "toDateTime");
    Check.range(fromDateTime, toDateTime, "fromDateTime", "toDateTime");
    workspaceId = Check.optional(workspaceId);
  }

  /**
   * {@return all calls in {@code [from, to)}}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static CallListRequest of(OffsetDateTime from, OffsetDateTime to) {
    return new CallListRequest(from, to, null);
  }

  /**
   * {@return all calls in {@code [from, to)}}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static CallListRequest of(Instant from, Instant to) {
    return new CallListRequest(Check.utc(from), Check.utc(to), null);
  }

  /**
   * {@return the same range restricted to a workspace}
   *
   * @param workspaceId a Gong workspace id
   */
  public CallListRequest withWorkspaceId(String workspaceId) {
    return new CallListRequest(fromDateTime, toDateTime, workspaceId);
  }

  /**
   * {@return the same filter over another range (used to walk a range in windows)}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public CallListRequest withRange(OffsetDateTime from, OffsetDateTime to) {
    return new CallListRequest(from, to, workspaceId);
  }

  /**
   * {@return the same filter starting at {@code from} (to restart a range after a failure)}
   *
   * @param from start of the range
   */
  public CallListRequest withFromDateTime(OffsetDateTime from) {
    return new CallListRequest(from, toDateTime, workspaceId);
  }
}
