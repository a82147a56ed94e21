package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Json;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.Set;

/**
 * {@code GET /v2/calls}, {@code GET /v2/calls/{id}}, {@code POST /v2/calls/extensive} and {@code
 * POST /v2/calls/transcript}: 100 records a page, first page number 0, opaque cursor.
 */
public final class ListingHandlers {

  /** Gong's page size (its docs show 100; that it is the maximum is unconfirmed). */
  public static final int PAGE_SIZE = 100;

  /** Gong's text for an empty range, seen in many connectors. */
  public static final String NO_CALLS = "No calls found corresponding to the provided filters";

  private static final byte[] CALLS_OPEN =
      ",\"calls\":[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] CALLS_CLOSE =
      "]}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final CallStore store;
  private final Cursors cursors;
  private final ContentWriter content;

  public ListingHandlers(CallStore store, Cursors cursors) {
    this.store = store;
    this.cursors = cursors;
    this.content = new ContentWriter(store);
  }

  /** {@code GET /v2/calls?fromDateTime&toDateTime[&workspaceId][&cursor]}. */
  public Response list(Request r) {
    String from = r.query("fromDateTime");
    String to = r.query("toDateTime");
    // Both are required in Gong's current docs; what the live API answers without them is
    // unconfirmed.
    if (from == null || from.isBlank()) {
      throw ApiException.badRequest("fromDateTime: required query parameter is missing");
    }
    if (to == null || to.isBlank()) {
      throw ApiException.badRequest("toDateTime: required query parameter is missing");
    }
    String ws = r.query("workspaceId");
    CallFilter f =
        filter(
            Params.isoMillis("fromDateTime", from),
            Params.isoMillis("toDateTime", to),
            ws,
            "workspaceId",
            null,
            null);
    Cursors.Cursor c = cursors.decodeIfAny(r.query("cursor"), "calls");
    CallStore.PageResult page = page(f, c);
    // Assembled from cached per-call JSON: this is the hot path of every sync and of the benchmark.
    byte[] head =
        Json.bytes(
            g -> {
              g.writeStartObject();
              g.writeStringField("requestId", r.requestId());
              records(g, page, c);
              g.writeEndObject();
            });
    dev.gongconnector.simulator.http.Buffer out =
        new dev.gongconnector.simulator.http.Buffer(620 * page.calls().size() + head.length + 16);
    out.write(head, 0, head.length - 1);
    out.append(CALLS_OPEN);
    for (int i = 0; i < page.calls().size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      store.writeBasicJson(page.calls(), i, out);
    }
    out.append(CALLS_CLOSE);
    return Response.json(200, out.toBytes());
  }

  /** {@code GET /v2/calls/{id}}. */
  public Response get(Request r) {
    String id = r.pathParam(0);
    if (!Params.isId(id)) {
      throw ApiException.badRequest("id: '" + Params.shorten(id) + "' is not a numeric call id");
    }
    SimCall call = store.find(id);
    if (call == null) {
      throw ApiException.notFound("Call not found: no call with id " + id);
    }
    return Response.ok(
        r,
        g -> {
          g.writeFieldName("call");
          CallJson.writeBasic(g, call);
        });
  }

  /** {@code POST /v2/calls/extensive}. */
  public Response extensive(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode filter = Params.filter(body, Params.FILTER_MISSING);
    CallFilter f = bodyFilter(filter, true);
    ContentSelector sel = ContentSelector.parse(body.get("contentSelector"));
    Cursors.Cursor c = bodyCursor(body);
    return pageAnswer(r, page(f, c), c, "calls", (g, call) -> content.writeCallData(g, call, sel));
  }

  /** {@code POST /v2/calls/transcript}. */
  public Response transcript(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode filter = Params.filter(body, Params.FILTER_MISSING);
    if (filter.has("callIds") && filter.get("callIds").isArray()) {
      // Quirk reported by connectors (unconfirmed in Gong's docs): callIds with workspaceId is
      // refused,
      // an empty callIds is refused, and at most 100 ids are taken per request.
      if (filter.get("callIds").isEmpty()) {
        throw ApiException.badRequest("filter.callIds: must not be empty; omit it to list by date");
      }
      if (filter.hasNonNull("workspaceId")) {
        throw ApiException.badRequest("filter.workspaceId: cannot be combined with filter.callIds");
      }
      if (filter.get("callIds").size() > 100) {
        throw ApiException.badRequest(
            "filter.callIds: at most 100 call ids per request, got "
                + filter.get("callIds").size());
      }
    }
    CallFilter f = bodyFilter(filter, false);
    Cursors.Cursor c = bodyCursor(body);
    return pageAnswer(
        r,
        page(f, c),
        c,
        "callTranscripts",
        (g, call) -> {
          g.writeStartObject();
          g.writeStringField("callId", call.idString());
          g.writeFieldName("transcript");
          content.writeTranscript(g, call);
          g.writeEndObject();
        });
  }

  /** Writes one call of a page. */
  private interface CallWriter {
    void write(JsonGenerator g, SimCall call) throws IOException;
  }

  /**
   * {@code {requestId, records, <array>: [one element per call]}}, the shape of both POST listings.
   */
  private Response pageAnswer(
      Request r, CallStore.PageResult page, Cursors.Cursor c, String array, CallWriter writer) {
    return Response.ok(
        r,
        g -> {
          records(g, page, c);
          g.writeArrayFieldStart(array);
          for (SimCall call : page.calls()) {
            writer.write(g, call);
          }
          g.writeEndArray();
        });
  }

  private CallFilter bodyFilter(JsonNode filter, boolean allowPrimaryUsers) {
    String from = Params.text(filter, "fromDateTime", "filter.fromDateTime");
    String to = Params.text(filter, "toDateTime", "filter.toDateTime");
    long fromMs = from == null ? Long.MIN_VALUE : Params.isoMillis("filter.fromDateTime", from);
    long toMs = to == null ? Long.MAX_VALUE : Params.isoMillis("filter.toDateTime", to);
    Set<String> ids = Params.idList(filter, "callIds", "filter.callIds");
    Set<String> users =
        allowPrimaryUsers ? Params.idList(filter, "primaryUserIds", "filter.primaryUserIds") : null;
    return filter(
        fromMs,
        toMs,
        Params.text(filter, "workspaceId", "filter.workspaceId"),
        "filter.workspaceId",
        ids,
        users);
  }

  private CallFilter filter(
      long from, long to, String ws, String wsField, Set<String> ids, Set<String> users) {
    if (from > to) {
      throw ApiException.badRequest("fromDateTime: must not be after toDateTime");
    }
    if (ws != null && !Params.isId(ws)) {
      throw ApiException.badRequest(
          wsField + ": '" + Params.shorten(ws) + "' is not a numeric workspace id");
    }
    return new CallFilter(from, to, ws, ids, users);
  }

  /**
   * The cursor of a POST listing is a top-level body field; one in the query string is ignored, as
   * Gong does.
   */
  private Cursors.Cursor bodyCursor(JsonNode body) {
    return cursors.decodeIfAny(Params.text(body, "cursor", "cursor"), "calls");
  }

  private CallStore.PageResult page(CallFilter f, Cursors.Cursor c) {
    CallKey after = c == null ? null : new CallKey(c.a(), c.b());
    CallStore.PageResult page = store.page(f, after, PAGE_SIZE);
    if (page.calls().isEmpty()) {
      throw ApiException.notFound(NO_CALLS);
    }
    return page;
  }

  private void records(JsonGenerator g, CallStore.PageResult page, Cursors.Cursor c)
      throws IOException {
    int pageNo = c == null ? 0 : c.page();
    g.writeObjectFieldStart("records");
    g.writeNumberField("totalRecords", page.total());
    g.writeNumberField("currentPageSize", page.calls().size());
    g.writeNumberField("currentPageNumber", pageNo);
    if (page.more()) {
      long issued = c == null ? cursors.now() : c.issuedMillis();
      g.writeStringField(
          "cursor",
          cursors.encode(
              new Cursors.Cursor(
                  "calls", pageNo + 1, page.last().startMillis(), page.last().id(), issued)));
    }
    g.writeEndObject();
  }
}
