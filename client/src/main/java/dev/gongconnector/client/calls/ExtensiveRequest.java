package dev.gongconnector.client.calls;

import dev.gongconnector.client.internal.Check;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The body of {@code POST /v2/calls/extensive} without the cursor: a filter (every part optional)
 * and a {@link ContentSelector}.
 *
 * <p>More than 100 {@code callIds} are split into requests of 100 by the client.
 *
 * @param fromDateTime calls started on or after this time, or null for the earliest
 * @param toDateTime calls started before this time, or null for the latest
 * @param workspaceId only this workspace, or null
 * @param callIds only these calls, or null for all calls of the range
 * @param primaryUserIds only calls hosted by these users, or null
 * @param contentSelector what to return (never null; defaults to metadata only)
 */
public record ExtensiveRequest(
    OffsetDateTime fromDateTime,
    OffsetDateTime toDateTime,
    String workspaceId,
    List<String> callIds,
    List<String> primaryUserIds,
    ContentSelector contentSelector) {

  /**
   * Checks that each range ends after it starts, fills in defaults for absent components.
   *
   * @param fromDateTime calls started on or after this time, or null for the earliest
   * @param toDateTime calls started before this time, or null for the latest
   * @param workspaceId only this workspace, or null
   * @param callIds only these calls, or null for all calls of the range
   * @param primaryUserIds only calls hosted by these users, or null
   * @param contentSelector what to return (never null; defaults to metadata only)
   */
  public ExtensiveRequest {
    Check.range(fromDateTime, toDateTime, "filter.fromDateTime", "filter.toDateTime");
    workspaceId = Check.optional(workspaceId);
    callIds = Check.ids(callIds, "filter.callIds");
    primaryUserIds = Check.ids(primaryUserIds, "filter.primaryUserIds");
    contentSelector = contentSelector == null ? ContentSelector.none() : contentSelector;
  }

  /**
   * A builder (all filter parts optional).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the given call ids with a selector}
   *
   * @param callIds Gong call ids
   * @param selector which blocks of each call Gong returns
   */
  public static ExtensiveRequest forCallIds(Collection<String> callIds, ContentSelector selector) {
    return builder().callIds(callIds).contentSelector(selector).build();
  }

  /**
   * {@return a copy with other call ids (used to split large id lists into batches)}
   *
   * @param ids Gong call ids
   */
  public ExtensiveRequest withCallIds(List<String> ids) {
    return new ExtensiveRequest(
        fromDateTime, toDateTime, workspaceId, ids, primaryUserIds, contentSelector);
  }

  /**
   * {@return a copy over another date range (used to walk a range in windows)}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public ExtensiveRequest withDateRange(OffsetDateTime from, OffsetDateTime to) {
    return new ExtensiveRequest(from, to, workspaceId, callIds, primaryUserIds, contentSelector);
  }

  /** Builds an {@link ExtensiveRequest}; {@code build()} names an invalid field. */
  public static final class Builder extends CallFilterBuilder<Builder> {
    private List<String> primaryUserIds;
    private ContentSelector selector;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only calls hosted by these users.
     *
     * @param userIds Gong user ids
     * @return this builder
     */
    public Builder primaryUserIds(Collection<String> userIds) {
      this.primaryUserIds = userIds == null ? null : new ArrayList<>(userIds);
      return this;
    }

    /**
     * What to return (default: metadata only).
     *
     * @param selector which blocks of each call Gong returns
     * @return this builder
     */
    public Builder contentSelector(ContentSelector selector) {
      this.selector = selector;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the request
     */
    public ExtensiveRequest build() {
      return new ExtensiveRequest(from, to, workspaceId, callIds, primaryUserIds, selector);
    }
  }
}
