package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.LogEntry;
import dev.gongconnector.client.access.LogType;
import java.time.ZoneOffset;
import java.util.List;

/** {@code get_audit_logs}: Gong's audit logs of one type for a range. */
public final class GetAuditLogsAction extends BaseAction {

  public static final String NAME = "get_audit_logs";

  private final GongClient client;

  public GetAuditLogsAction(GongClient client) {
    super(
        NAME,
        List.of("get-audit-logs", "audit_logs", "logs"),
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
            CommonParams.maxResults(200, 10_000, "entries")),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    Ranges.Range range = Ranges.withDefaults(p);
    int max = p.intValue("max_results");
    List<LogEntry> entries =
        client
            .access()
            .logs(
                LogType.valueOf(p.string("log_type")),
                range.from().atOffset(ZoneOffset.UTC),
                range.to().atOffset(ZoneOffset.UTC))
            .limit(max + 1L)
            .toList();
    ObjectNode data = Json.object();
    data.set("logEntries", Json.tree(entries.subList(0, Math.min(max, entries.size()))));
    data.put("count", Math.min(max, entries.size()));
    data.put("truncated", entries.size() > max);
    data.set("range", range.toJson());
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
