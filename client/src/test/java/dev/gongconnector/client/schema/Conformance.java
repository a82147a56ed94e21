package dev.gongconnector.client.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.client.internal.Json;
import dev.gongconnector.simulator.GongSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema-conformance harness: sends one raw request to the local Gong, checks the answer
 * against the response schema of Gong's OpenAPI export for its status, and (for 2xx answers) that
 * the client's envelope record parses it without dropping a field. Shared by every read-API test: a
 * new operation adds one {@link #check} line per interesting answer.
 */
public final class Conformance {

  private static final ObjectMapper RAW = new ObjectMapper();

  private final GongSimulator sim;
  private final OpenApiSpec spec;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Conformance(GongSimulator sim) {
    this.sim = sim;
    this.spec = OpenApiSpec.load();
  }

  /** One exchange: the answer's status and parsed body. */
  public record Answer(int status, JsonNode json) {}

  /** Sends a GET or a JSON POST ({@code body} null for none) and returns status and JSON. */
  public Answer send(String method, String pathAndQuery, String body)
      throws IOException, InterruptedException {
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (sim.accessKey() + ":" + sim.accessKeySecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + auth);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(r.statusCode(), RAW.readTree(r.body()));
  }

  /**
   * Sends the request, expects {@code status}, validates the body against the operation's schema
   * for that status and, for a 2xx answer with an {@code envelope} class, checks the round trip.
   * Returns the answer for further, operation-specific assertions.
   *
   * @param pathTemplate the operation's path as the spec names it, e.g. {@code /v2/users/{id}}
   */
  public Answer check(
      String method,
      String pathTemplate,
      String pathAndQuery,
      String body,
      int status,
      Class<?> envelope)
      throws IOException, InterruptedException {
    Answer a = send(method, pathAndQuery, body);
    assertThat(a.status())
        .as("%s %s answered %s", method, pathAndQuery, a.json())
        .isEqualTo(status);
    JsonNode schema = spec.responseSchema(method, pathTemplate, status);
    List<String> violations = SchemaValidator.strict(spec).validate(a.json(), schema);
    assertThat(violations)
        .as("%s %s (%d) against the OpenAPI schema", method, pathAndQuery, status)
        .isEmpty();
    if (envelope != null && status / 100 == 2) {
      assertRoundTrip(a.json(), envelope);
    }
    return a;
  }

  /**
   * Parses {@code raw} into {@code type} with the client's mapper, writes it back, and fails naming
   * every field of the answer (with a value) that the record did not keep.
   */
  public static void assertRoundTrip(JsonNode raw, Class<?> type) {
    try {
      Object parsed = Json.mapper().treeToValue(raw, type);
      JsonNode back = Json.mapper().valueToTree(parsed);
      Set<String> want = new TreeSet<>();
      Set<String> got = new TreeSet<>();
      paths("$", raw, want);
      paths("$", back, got);
      want.removeAll(got);
      assertThat(want).as("fields of the answer that %s drops", type.getSimpleName()).isEmpty();
    } catch (IOException e) {
      throw new AssertionError("the client cannot parse the answer as " + type.getName(), e);
    }
  }

  /** Paths of every value that carries information (nulls and empty containers carry none). */
  private static void paths(String path, JsonNode n, Set<String> out) {
    if (n == null || n.isNull() || (n.isContainerNode() && n.isEmpty())) {
      return;
    }
    if (n.isTextual() && n.textValue().isEmpty()) {
      return;
    }
    out.add(path);
    if (n.isArray()) {
      for (JsonNode e : n) {
        paths(path + "[]", e, out);
      }
    } else if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        paths(path + "." + f.getKey(), f.getValue(), out);
      }
    }
  }
}
