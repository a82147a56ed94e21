package dev.gongconnector.cli.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.client.internal.Json;
import dev.gongconnector.client.internal.LazyHttpClient;
import dev.gongconnector.mcp.McpWarmup;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Readies Jackson on a second thread while the command line builds its command: the first mapper of
 * a process costs about a tenth of a second (Jackson's default date format reads locale and
 * calendar data, the java.time module builds its formatters, the first record read or written
 * initialises the introspection classes), and every command that runs an action or the MCP server
 * needs it only after its command model is built and its request sent. With a second core free the
 * work is off the command's path; a class the command needs before it is ready waits for it, as the
 * JVM initialises each class once.
 *
 * <p>Output cannot change: it makes the same shared mappers the command would make, and reads and
 * writes only its own sample type.
 */
public final class Warmup {

  private Warmup() {}

  /**
   * Starts the warm-up on a daemon thread (it never delays the exit); for {@code gong mcp} ({@code
   * mcp} true) the protocol's first exchange first ({@link McpWarmup}).
   */
  public static void start(boolean mcp, boolean sends) {
    // A Thread subclass, not a lambda: the first lambda of a process that is not in the start-up
    // archive costs the JDK's lambda machinery (tens of milliseconds).
    Thread t =
        new Thread("gong-warmup") {
          @Override
          public void run() {
            if (mcp) McpWarmup.run();
            if (sends) prepareHttp(System.getenv("GONG_BASE_URL"));
            Warmup.run();
          }
        };
    t.setDaemon(true);
    t.start();
  }

  /**
   * Builds the JDK HTTP client of {@code GONG_BASE_URL} (with TLS set up for an https URL) for the
   * command's Gong client to take when it sends ({@link LazyHttpClient#prepare}). Without the
   * variable the command may use a profile or the embedded local Gong: nothing is prepared.
   */
  static void prepareHttp(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) return;
    try {
      URI uri = URI.create(baseUrl.trim());
      String scheme = uri.getScheme();
      if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) {
        LazyHttpClient.prepare(uri, LazyHttpClient.DEFAULT_CONNECT_TIMEOUT);
      }
    } catch (RuntimeException e) {
      // a malformed URL: the command reports it
    }
  }

  /** The warm-up itself: never throws (whatever fails here, the command does again and reports). */
  static void run() {
    try {
      ObjectMapper mapper = Json.mapper(); // the client's and the actions' mapper
      Sample sample =
          mapper.readValue(
              "{\"id\":\"1\",\"names\":[\"a\"],\"count\":2,\"at\":\"2024-01-02T03:04:05-08:00\","
                  + "\"other\":true}",
              Sample.class);
      JsonNode tree = mapper.valueToTree(sample);
      // What every action command prints: its result in the command line's mapper.
      ResultPrinter.JSON.writeValueAsString(ResultPrinter.JSON.valueToTree(ActionResult.ok(tree)));
      ResultPrinter.JSON.writeValueAsString(
          ResultPrinter.JSON.valueToTree(
              ActionResult.failure(ActionError.invalidParameter("warm_up", "warm-up"))));
    } catch (Exception | LinkageError e) {
      // nothing to do: the warm-up only saves time
    }
  }

  /** A record shaped like Gong's answers: text, a list, a number, a date-time, unknown fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Sample(String id, List<String> names, Long count, OffsetDateTime at) {}
}
