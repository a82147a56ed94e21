package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.access.LogEntry;
import dev.gongconnector.client.access.LogType;
import java.time.ZoneOffset;
import java.util.List;

/** {@code get_audit_logs}: Gong's audit logs of one type for a range. */
public final class GetAuditLogsAction extends TypedAction<GetAuditLogsAction.Request> {

  /** The parsed parameters. */
  public record Request(LogType type, Ranges.Range range, int maxResults) {}

  /** The answer: the entries in Gong's order, the counts and the range read. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<LogEntry> logEntries,
      @JsonUnwrapped Counts counts,
      Ranges.Range range) {}

  private final GongClient client;

  public GetAuditLogsAction(GongClient client) {
    super(
        "get_audit_logs",
        List.of("get-audit-logs", "audit_logs", "logs"),
        List.of("admin"),
        """
        Read Gong's audit log of one type for a range (default: the last 30 days): AccessLog (logins), \
        UserActivityLog, UserCallPlay (who played which call), ExternallySharedCallAccess / \
        ExternallySharedCallPlay (customers opening shared calls). Entries: user, eventTime, logRecord \
        (fields depend on the type). Next: get_call for a callId in a logRecord, get_user for a user.""",
        ParamSet.of(
            Param.string("log_type", "Which log.")
                .requiredParam()
                .withEnum(
                    "AccessLog",
                    "UserActivityLog",
                    "UserCallPlay",
                    "ExternallySharedCallAccess",
                    "ExternallySharedCallPlay")
                .withAliases("type"),
            CommonParams.fromDate("entries"),
            CommonParams.toDate("entries"),
            CommonParams.maxResults(200, 10_000, "entries")));
    this.client = client;
    lists("logEntries", LogEntry.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        LogType.valueOf(p.string("log_type")), Ranges.withDefaults(p), p.intValue("max_results"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    Collected<LogEntry> read =
        Page.collect(
            c ->
                client
                    .access()
                    .logsPage(
                        r.type(),
                        r.range().from().atOffset(ZoneOffset.UTC),
                        r.range().to().atOffset(ZoneOffset.UTC),
                        c),
            r.maxResults());
    return new Answer(read.items(), Counts.of(read), r.range());
  }
}
