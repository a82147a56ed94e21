package dev.gongconnector.client.calls;

import dev.gongconnector.client.internal.Check;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The filter setters shared by the builders of {@link ExtensiveRequest} and {@link
 * dev.gongconnector.client.transcripts.TranscriptRequest}: a date range, a workspace and call ids,
 * all optional. Validation happens in the request records, so {@code build()} names an invalid
 * field.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class CallFilterBuilder<B extends CallFilterBuilder<B>> {
  /** Calls started on or after this time, or null. */
  protected OffsetDateTime from;

  /** Calls started before this time, or null. */
  protected OffsetDateTime to;

  /** Only this workspace, or null. */
  protected String workspaceId;

  /** Only these calls (a copy), or null. */
  protected List<String> callIds;

  /** A builder with no filter set. */
  protected CallFilterBuilder() {}

  /**
   * This builder as its concrete type.
   *
   * @return this builder
   */
  protected abstract B self();

  /**
   * Calls started on or after this time (inclusive).
   *
   * @param from start of the range
   * @return this builder
   */
  public B fromDateTime(OffsetDateTime from) {
    this.from = from;
    return self();
  }

  /**
   * Calls started on or after this time (inclusive).
   *
   * @param from start of the range
   * @return this builder
   */
  public B fromDateTime(Instant from) {
    this.from = Check.utc(from);
    return self();
  }

  /**
   * Calls started before this time (exclusive).
   *
   * @param to end of the range
   * @return this builder
   */
  public B toDateTime(OffsetDateTime to) {
    this.to = to;
    return self();
  }

  /**
   * Calls started before this time (exclusive).
   *
   * @param to end of the range
   * @return this builder
   */
  public B toDateTime(Instant to) {
    this.to = Check.utc(to);
    return self();
  }

  /**
   * Only this workspace.
   *
   * @param workspaceId a Gong workspace id
   * @return this builder
   */
  public B workspaceId(String workspaceId) {
    this.workspaceId = workspaceId;
    return self();
  }

  /**
   * Only these calls (any number; sent 100 per request).
   *
   * @param callIds Gong call ids
   * @return this builder
   */
  public B callIds(Collection<String> callIds) {
    this.callIds = callIds == null ? null : new ArrayList<>(callIds);
    return self();
  }
}
