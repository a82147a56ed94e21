package dev.gongconnector.client.transcripts;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.calls.CallFilterBuilder;
import dev.gongconnector.client.internal.Check;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The filter of {@code POST /v2/calls/transcript} (every part optional).
 *
 * <p>Gong quirks enforced here: {@code callIds} cannot be combined with {@code workspaceId}, and an
 * empty {@code callIds} is refused. With call ids, only those calls that also fall in the date
 * range come back. More than 100 ids are split into requests of 100 by the client (100 per request
 * is unconfirmed).
 *
 * @param fromDateTime calls started on or after this time, or null
 * @param toDateTime calls started before this time, or null
 * @param workspaceId only this workspace, or null (not with callIds)
 * @param callIds only these calls, or null
 */
public record TranscriptRequest(
    OffsetDateTime fromDateTime,
    OffsetDateTime toDateTime,
    String workspaceId,
    List<String> callIds) {

  /**
   * Checks that each range ends after it starts.
   *
   * @param fromDateTime calls started on or after this time, or null
   * @param toDateTime calls started before this time, or null
   * @param workspaceId only this workspace, or null (not with callIds)
   * @param callIds only these calls, or null
   */
  public TranscriptRequest {
    Check.range(fromDateTime, toDateTime, "filter.fromDateTime", "filter.toDateTime");
    workspaceId = Check.optional(workspaceId);
    callIds = Check.ids(callIds, "filter.callIds");
    if (workspaceId != null && callIds != null) {
      throw InvalidRequestException.ofField(
          "filter.workspaceId",
          "cannot be combined with filter.callIds (Gong refuses both together)");
    }
  }

  /**
   * {@return transcripts of these calls, whenever they happened}
   *
   * @param callIds Gong call ids
   */
  public static TranscriptRequest forCallIds(Collection<String> callIds) {
    return new TranscriptRequest(
        null, null, null, callIds == null ? null : new ArrayList<>(callIds));
  }

  /**
   * {@return transcripts of every call started in {@code [from, to)}}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static TranscriptRequest between(OffsetDateTime from, OffsetDateTime to) {
    return new TranscriptRequest(from, to, null, null);
  }

  /**
   * {@return transcripts of every call started in {@code [from, to)}}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static TranscriptRequest between(Instant from, Instant to) {
    return new TranscriptRequest(Check.utc(from), Check.utc(to), null, null);
  }

  /**
   * {@return a copy with other call ids (used for batches)}
   *
   * @param ids Gong call ids
   */
  public TranscriptRequest withCallIds(List<String> ids) {
    return new TranscriptRequest(fromDateTime, toDateTime, workspaceId, ids);
  }

  /**
   * {@return a copy restricted to a workspace}
   *
   * @param workspaceId a Gong workspace id
   */
  public TranscriptRequest withWorkspaceId(String workspaceId) {
    return new TranscriptRequest(fromDateTime, toDateTime, workspaceId, callIds);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TranscriptRequest}; {@code build()} names an invalid field. */
  public static final class Builder extends CallFilterBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the request
     */
    public TranscriptRequest build() {
      return new TranscriptRequest(from, to, workspaceId, callIds);
    }
  }
}
