package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallContext;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContextField;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ContextObject;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.calls.Party;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code find_calls_by_crm}: the calls of a CRM account or opportunity. Gong has no such filter, so
 * (as other Gong tools do) it reads the range's extensive data with CRM context and keeps the calls
 * whose context, or whose parties' context, names the account or opportunity, by CRM id or by name.
 */
public final class FindCallsByCrmAction extends BaseAction {

  public static final String NAME = "find_calls_by_crm";

  private final GongClient client;

  public FindCallsByCrmAction(GongClient client) {
    super(
        NAME,
        List.of("find-calls-by-crm", "calls_by_account", "calls_by_opportunity"),
        """
        Find the calls linked to a CRM account or opportunity (deal), by CRM id or by name (case- \
        insensitive, part of the name is enough: "Acme" finds "Acme Corp - New Business"). Reads the \
        range's calls with their CRM context (default: the last 30 days; give from_date for more) and \
        returns, newest first, callId, title, started, url and the matched CRM objects. Next: get_call \
        or retrieve_transcripts_of_calls with the call ids; get_crm_objects for the account's fields. With a \
        synced local library, search_calls with keywords account:"Acme" or opportunity:"Acme" answers \
        from the library instead of reading the range from Gong.""",
        ParamSet.of(
            Param.string("account", "Account CRM id or (part of the) account name.")
                .withAliases("account_name", "account_id", "company"),
            Param.string("opportunity", "Opportunity (deal) CRM id or (part of the) name.")
                .withAliases("opportunity_name", "opportunity_id", "deal"),
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.maxResults(50, 1000, "calls"),
            Param.integer(
                    "max_calls", "At most this many calls of the range are read (default 2000).")
                .withDefault(2000)
                .withRange(1, 100_000)),
        false);
    this.client = client;
  }

  @Override
  protected void validate(Params p) {
    if (!p.has("account") && !p.has("opportunity")) {
      throw new InvalidParameterException(
          "account", "give account or opportunity (a CRM id or part of a name)");
    }
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    Ranges.Range range = Ranges.withDefaults(p);
    String account = p.has("account") ? p.string("account").toLowerCase(Locale.ROOT) : null;
    String opportunity =
        p.has("opportunity") ? p.string("opportunity").toLowerCase(Locale.ROOT) : null;
    int max = p.intValue("max_results");
    int maxCalls = p.intValue("max_calls");
    ExtensiveRequest req =
        ExtensiveRequest.builder()
            .fromDateTime(range.from().atOffset(ZoneOffset.UTC))
            .toDateTime(range.to().atOffset(ZoneOffset.UTC))
            .contentSelector(
                ContentSelector.builder()
                    .context(ContextLevel.EXTENDED)
                    .include(ContentSelector.Field.PARTIES)
                    .build())
            .build();
    List<ObjectNode> hits = new ArrayList<>();
    int scanned = 0;
    boolean truncated = false;
    Iterator<CallData> it = client.calls().extensive(req).iterator();
    while (it.hasNext()) {
      if (scanned == maxCalls) {
        truncated = true;
        break;
      }
      CallData d = it.next();
      scanned++;
      if (scanned % 100 == 0) {
        progress.progress("calls read", scanned, -1);
      }
      ArrayNode matched = Json.array();
      List<CallContext> contexts = new ArrayList<>(d.context());
      for (Party party : d.parties()) {
        contexts.addAll(party.context());
      }
      for (CallContext c : contexts) {
        for (ContextObject o : c.objects()) {
          String type = o.objectType() == null ? "" : o.objectType();
          String want =
              type.equalsIgnoreCase("Account") ? account : isDeal(type) ? opportunity : null;
          if (want != null && matches(o, want) && !contains(matched, o.objectId())) {
            ObjectNode m = Json.object();
            m.put("objectType", type);
            m.put("objectId", o.objectId());
            Json.putIfPresent(m, "name", field(o, "Name"));
            Json.putIfPresent(m, "system", c.system());
            matched.add(m);
          }
        }
      }
      if (!matched.isEmpty()) {
        ObjectNode call = Json.object();
        Json.putIfPresent(call, "callId", d.id());
        Json.putIfPresent(call, "title", d.metaData().title());
        Json.putIfPresent(
            call,
            "started",
            d.metaData().started() == null ? null : d.metaData().started().toString());
        Json.putIfPresent(call, "primaryUserId", d.metaData().primaryUserId());
        Json.putIfPresent(call, "url", d.metaData().url());
        call.set("matched", matched);
        hits.add(call);
      }
    }
    hits.sort((a, b) -> b.path("started").asText().compareTo(a.path("started").asText()));
    ArrayNode calls = Json.array();
    hits.stream().limit(max).forEach(calls::add);
    ObjectNode data = Json.object();
    data.set("calls", calls);
    data.put("count", calls.size());
    data.put("matchingCalls", hits.size());
    data.put("scannedCalls", scanned);
    data.put("truncated", truncated || hits.size() > max);
    data.set("range", range.toJson());
    data.put("source", "gong-api");
    return data;
  }

  private static boolean isDeal(String type) {
    return type.equalsIgnoreCase("Opportunity") || type.equalsIgnoreCase("Deal");
  }

  private static boolean matches(ContextObject o, String want) {
    if (want.equalsIgnoreCase(o.objectId())) {
      return true;
    }
    String name = field(o, "Name");
    return name != null && name.toLowerCase(Locale.ROOT).contains(want);
  }

  private static String field(ContextObject o, String name) {
    for (ContextField f : o.fields()) {
      if (name.equalsIgnoreCase(f.name()) && f.value() != null) {
        return f.value().toString();
      }
    }
    return null;
  }

  private static boolean contains(ArrayNode a, String id) {
    for (JsonNode n : a) {
      if (n.path("objectId").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<String> toolsets() {
    return List.of("crm", "calls");
  }
}
