package dev.gongconnector.actions.coaching;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.coaching.CoachingData;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** {@code get_coaching_metrics}: what a manager did on each direct report's calls. */
public final class GetCoachingMetricsAction extends TypedAction<GetCoachingMetricsAction.Request> {

  /** The parsed parameters. */
  public record Request(
      String workspaceId, String managerId, OffsetDateTime from, OffsetDateTime to) {}

  /** The answer. */
  public record Answer(OffsetDateTime from, OffsetDateTime to, List<CoachingData> coachingData) {}

  private final GongClient client;

  public GetCoachingMetricsAction(GongClient client) {
    super(
        "get_coaching_metrics",
        List.of("coaching", "coaching-metrics"),
        List.of("stats"),
        """
        Coaching a manager gave (GET /v2/coaching): for each direct report in a workspace, the ids of \
        the report's calls the manager listened to, attended, commented on, scored or gave feedback \
        on in a date range. Use it for "what coaching did reps get". Find ids with \
        list_workspace_id_options and list_users (a manager is a user others name as managerId). \
        Next: get_call with a call id. Default range: the last 30 days.""",
        ParamSet.of(
            Param.string("workspace_id", "The workspace (digits).").requiredParam().gongId(),
            Param.string("manager_id", "The manager's user id (digits).")
                .requiredParam()
                .withAliases("user_id")
                .gongId(),
            Param.string("from_date", "Start (ISO date or date-time), inclusive.")
                .withFormat("date-time"),
            Param.string("to_date", "End (ISO date or date-time); a plain date includes that day.")
                .withFormat("date-time")));
    this.client = client;
    lists("coachingData", CoachingData.class);
  }

  private static OffsetDateTime[] range(Params p) {
    OffsetDateTime to =
        p.has("to_date")
            ? p.rangeEnd("to_date").atOffset(ZoneOffset.UTC)
            : OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime from =
        p.has("from_date") ? p.rangeStart("from_date").atOffset(ZoneOffset.UTC) : to.minusDays(30);
    if (!from.isBefore(to)) {
      throw new InvalidParameterException("to_date", "to_date must be after from_date");
    }
    return new OffsetDateTime[] {from, to};
  }

  @Override
  protected Request request(Params p) {
    OffsetDateTime[] r = range(p);
    return new Request(p.string("workspace_id"), p.string("manager_id"), r[0], r[1]);
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    return new Answer(
        r.from(),
        r.to(),
        client.coaching().metrics(r.workspaceId(), r.managerId(), r.from(), r.to()));
  }
}
