package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code find_calls_by_crm}: the calls of a CRM account or opportunity. Gong has no such filter, so
 * (as other Gong tools do) it reads the range's extensive data with CRM context and keeps the calls
 * whose context, or whose parties' context, names the account or opportunity, by CRM id or by name.
 */
public final class FindCallsByCrmAction extends TypedAction<FindCallsByCrmAction.Request> {

  /** The parsed parameters: {@code account} and {@code opportunity} lower case, one at least. */
  public record Request(
      String account, String opportunity, Ranges.Range range, int maxResults, int maxCalls) {}

  /** A CRM object of a call that matched. */
  public record Matched(String objectType, String objectId, String name, String system) {}

  /** A call (named as in the call summary, {@code CallView}) with the CRM objects it matched by. */
  public record Hit(
      String id,
      String title,
      OffsetDateTime started,
      String primaryUserId,
      String url,
      List<Matched> matched) {}

  /** The answer, newest first. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Hit> calls,
      int count,
      int matchingCalls,
      int scannedCalls,
      boolean truncated,
      Ranges.Range range,
      String source) {}

  private final GongClient client;

  public FindCallsByCrmAction(GongClient client) {
    super(
        "find_calls_by_crm",
        List.of("find-calls-by-crm", "calls_by_account", "calls_by_opportunity"),
        List.of("crm", "calls"),
        """
        Find the calls linked to a CRM account or opportunity (deal), by CRM id or by name (case- \
        insensitive, part of the name is enough: "Acme" finds "Acme Corp - New Business"). Reads the \
        range's calls with their CRM context (default: the last 30 days; give from_date for more) and \
        returns, newest first, id, title, started, url and the matched CRM objects. Next: get_call \
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
                .withRange(1, 100_000)));
    this.client = client;
    lists("calls", Hit.class);
  }

  @Override
  protected Request request(Params p) {
    if (!p.has("account") && !p.has("opportunity")) {
      throw new InvalidParameterException(
          "account", "give account or opportunity (a CRM id or part of a name)");
    }
    return new Request(
        lower(p.string("account")),
        lower(p.string("opportunity")),
        Ranges.withDefaults(p),
        p.intValue("max_results"),
        p.intValue("max_calls"));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    ExtensiveRequest req =
        ExtensiveRequest.builder()
            .fromDateTime(r.range().from().atOffset(ZoneOffset.UTC))
            .toDateTime(r.range().to().atOffset(ZoneOffset.UTC))
            .contentSelector(
                ContentSelector.builder()
                    .context(ContextLevel.EXTENDED)
                    .include(ContentSelector.Field.PARTIES)
                    .build())
            .build();
    List<Hit> hits = new ArrayList<>();
    int scanned = 0;
    boolean truncated = false;
    try (Stream<CallData> calls = client.calls().extensive(req)) {
      Iterator<CallData> it = calls.iterator();
      while (it.hasNext()) {
        if (scanned == r.maxCalls()) {
          truncated = true;
          break;
        }
        CallData d = it.next();
        if (++scanned % 100 == 0) progress.progress("calls read", scanned, -1);
        List<Matched> matched = matched(d, r);
        if (!matched.isEmpty()) {
          hits.add(
              new Hit(
                  d.id(),
                  d.metaData().title(),
                  d.metaData().started(),
                  d.metaData().primaryUserId(),
                  d.metaData().url(),
                  matched));
        }
      }
    }
    hits.sort(
        Comparator.comparing(
                Hit::started, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
            .reversed());
    List<Hit> page = hits.subList(0, Math.min(r.maxResults(), hits.size()));
    return new Answer(
        page,
        page.size(),
        hits.size(),
        scanned,
        truncated || hits.size() > r.maxResults(),
        r.range(),
        "gong-api");
  }

  /** The call's (and its parties') CRM objects that name the account or opportunity asked for. */
  private static List<Matched> matched(CallData d, Request r) {
    List<CallContext> contexts = new ArrayList<>(d.context());
    for (Party party : d.parties()) contexts.addAll(party.context());
    List<Matched> out = new ArrayList<>();
    for (CallContext c : contexts) {
      for (ContextObject o : c.objects()) {
        String type = o.objectType() == null ? "" : o.objectType();
        String want =
            type.equalsIgnoreCase("Account") ? r.account() : isDeal(type) ? r.opportunity() : null;
        if (want != null
            && matches(o, want)
            && out.stream().noneMatch(m -> Objects.equals(m.objectId(), o.objectId()))) {
          out.add(new Matched(type, o.objectId(), field(o, "Name"), c.system()));
        }
      }
    }
    return out;
  }

  private static boolean isDeal(String type) {
    return type.equalsIgnoreCase("Opportunity") || type.equalsIgnoreCase("Deal");
  }

  private static boolean matches(ContextObject o, String want) {
    if (want.equalsIgnoreCase(o.objectId())) return true;
    String name = field(o, "Name");
    return name != null && name.toLowerCase(Locale.ROOT).contains(want);
  }

  private static String field(ContextObject o, String name) {
    for (ContextField f : o.fields()) {
      if (name.equalsIgnoreCase(f.name()) && f.value() != null) return f.value().toString();
    }
    return null;
  }
}
