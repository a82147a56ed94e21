package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.params.Param;

/** Parameter definitions several actions share, so one name means one thing everywhere. */
public final class CommonParams {

  private CommonParams() {}

  /** Days covered when an action's range has no start. */
  public static final int DEFAULT_RANGE_DAYS = 30;

  public static final String DATE_FORMS =
      "ISO-8601 date-time with offset or Z (2025-01-13T01:30:00-08:00, "
          + "2025-01-13T09:30:00Z) or a plain date 2025-01-13";

  public static Param fromDate(String what) {
    return Param.string(
            "from_date",
            "Only "
                + what
                + " that started on or after this time: "
                + DATE_FORMS
                + " (a plain date means 00:00 UTC that day).")
        .withAliases("from_date_time", "from", "start_date");
  }

  public static Param toDate(String what) {
    return Param.string(
            "to_date",
            "Only "
                + what
                + " that started before this time: "
                + DATE_FORMS
                + " (a plain date includes that whole day, UTC).")
        .withAliases("to_date_time", "to", "end_date");
  }

  public static Param workspaceId() {
    return Param.string(
            "workspace_id",
            "Only calls of this Gong workspace (ids from list_workspace_id_options).")
        .withAliases("workspace")
        .gongId();
  }

  /** A required Gong id (digits) that may also be given as {@code id}, e.g. {@code user_id}. */
  public static Param id(String name, String description) {
    return Param.string(name, description).requiredParam().withAliases("id").gongId();
  }

  public static Param callIds(String extra) {
    return Param.strings("call_ids", "Gong call ids (strings of digits)." + extra)
        .withAliases("ids")
        .gongId();
  }

  public static Param primaryUserIds() {
    return Param.strings(
            "primary_user_ids", "Only calls hosted by these Gong user ids (ids from list_users).")
        .withAliases("user_ids", "primary_users")
        .gongId();
  }

  public static Param context() {
    return Param.string(
            "context",
            "CRM context to include: None (default), Basic (links to CRM objects) or "
                + "Extended (links plus the objects' fields).")
        .withEnum("None", "Basic", "Extended")
        .withDefault("None")
        .withAliases("context_level");
  }

  public static Param includeMedia() {
    return Param.bool("include_media", "Include audio/video URLs (they expire after 8 hours).")
        .withDefault(false);
  }

  public static Param maxResults(long dflt, long max, String what) {
    return Param.integer(
            "max_results",
            "At most this many "
                + what
                + " are returned (default "
                + dflt
                + ", at most "
                + max
                + "); the answer says truncated=true when there were more.")
        .withRange(1, max)
        .withDefault(dflt)
        .withAliases("limit");
  }

  /** Which end of a range is kept when an answer is cut off, and the order of the results. */
  public static Param order() {
    return Param.string(
            "order",
            "newest_first (default): when the range holds more than the maximum, the most recent "
                + "calls are returned, newest first; oldest_first: the earliest, oldest first.")
        .withEnum("newest_first", "oldest_first")
        .withDefault("newest_first")
        .withAliases("sort_order");
  }
}
