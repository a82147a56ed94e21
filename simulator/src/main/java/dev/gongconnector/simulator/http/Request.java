package dev.gongconnector.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One incoming request as handlers see it: path parameters, decoded query, bounded JSON body. */
public final class Request {

  private final HttpExchange exchange;
  private final String requestId;
  private final List<String> pathParams;
  private final long maxJsonBytes;
  private Map<String, String> query;

  Request(HttpExchange exchange, String requestId, List<String> pathParams, long maxJsonBytes) {
    this.exchange = exchange;
    this.requestId = requestId;
    this.pathParams = pathParams;
    this.maxJsonBytes = maxJsonBytes;
  }

  public String requestId() {
    return requestId;
  }

  /** The i-th {@code {param}} of the route's path. */
  public String pathParam(int i) {
    return pathParams.get(i);
  }

  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The decoded query parameter, or null; a parameter given twice keeps the first value. */
  public String query(String name) {
    if (query == null) {
      query = parseQuery(exchange.getRequestURI().getRawQuery());
    }
    return query.get(name);
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> m = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return m;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        m.putIfAbsent(
            URLDecoder.decode(k, StandardCharsets.UTF_8),
            URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(
            "Malformed query string: bad percent-encoding in '" + k + "'");
      }
    }
    return m;
  }

  /** The raw body stream (for streaming uploads). */
  public InputStream body() {
    return exchange.getRequestBody();
  }

  /** Declared Content-Length, or -1. */
  public long contentLength() {
    String cl = header("Content-Length");
    if (cl == null) {
      return -1;
    }
    try {
      return Long.parseLong(cl.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Bodies up to this size are read and discarded before a 413, so the client sees the answer. */
  private static final long DRAIN_LIMIT = 16L << 20;

  /** Reads and parses the JSON body: 413 beyond the size cap, 400 when it is not a JSON object. */
  public JsonNode jsonObject() throws IOException {
    long declared = contentLength();
    if (declared > maxJsonBytes) {
      throw tooLarge();
    }
    byte[] data = body().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxJsonBytes + 1));
    if (data.length > maxJsonBytes) {
      throw tooLarge();
    }
    JsonNode node = Json.parse(data);
    if (!node.isObject()) {
      throw ApiException.badRequest("Malformed JSON body: expected a JSON object");
    }
    return node;
  }

  private ApiException tooLarge() throws IOException {
    discardBody();
    return new ApiException(
        413, "Request body too large: at most " + maxJsonBytes + " bytes of JSON");
  }

  /**
   * Reads and drops up to 16 MB of the remaining body before an early error answer, so the client
   * gets to read it instead of a reset connection; anything bigger is cut off (the server then
   * closes the socket).
   */
  public void discardBody() throws IOException {
    InputStream in = body();
    long skipped = 0;
    byte[] buf = new byte[16 * 1024];
    int n;
    while (skipped < DRAIN_LIMIT && (n = in.read(buf)) >= 0) {
      skipped += n;
    }
  }
}
