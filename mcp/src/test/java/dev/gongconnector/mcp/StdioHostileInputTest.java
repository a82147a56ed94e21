package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One bad line on stdin never silences the server: JSON-RPC errors for what cannot be a request,
 * nothing for blank lines, and the next request is answered. Through a real pipe to a spawned JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StdioHostileInputTest {

  private GongSimulator sim;

  @BeforeAll
  void start() {
    sim = GongSimulator.builder().calls(10).seed(3).rateLimitPerSecond(0).dailyLimit(0).start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @Test
  void answersBadLinesWithJsonRpcErrorsAndKeepsServing() throws Exception {
    try (StdioProcess server = new StdioProcess(sim)) {
      server.send(StdioProcess.request("\"early\"", "ping"));
      assertThat(server.answerTo(TextNode.valueOf("early")).has("result"))
          .as("ping before initialize")
          .isTrue();
      server.send(StdioProcess.initialize(1));
      assertThat(server.answerTo(IntNode.valueOf(1)).at("/result/serverInfo/name").asText())
          .isEqualTo("gong-connector");
      server.send(StdioProcess.request(2, "ping"));
      assertThat(server.answerTo(IntNode.valueOf(2)).has("result"))
          .as("ping before initialized")
          .isTrue();
      server.send(StdioProcess.initialized());

      int id = 100;
      for (String[] bad : badLines()) {
        server.send(bad[0]);
        if (!bad[1].isEmpty()) {
          JsonNode error = server.next();
          assertThat(error).as(bad[0]).isNotNull();
          assertThat(error.at("/error/code").asInt())
              .as(bad[0])
              .isEqualTo(Integer.parseInt(bad[1]));
          assertThat(error.get("id"))
              .as(bad[0])
              .isEqualTo(bad.length > 2 ? IntNode.valueOf(7) : NullNode.getInstance());
        }
        id++;
        server.send(StdioProcess.request(id, "tools/list"));
        JsonNode tools = server.next();
        assertThat(tools).as("answer after " + bad[0]).isNotNull();
        assertThat(tools.get("id"))
            .as("no other answer after " + bad[0])
            .isEqualTo(IntNode.valueOf(id));
        assertThat(tools.at("/result/tools").size()).isPositive();
      }
      byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
      server.send(notUtf8);
      assertThat(server.next().at("/error/code").asInt()).isEqualTo(JsonRpcLine.PARSE_ERROR);

      server.send(
          "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"list_workspace_id_options\",\"arguments\":{}}}");
      assertThat(server.answerTo(IntNode.valueOf(3)).at("/result/isError").asBoolean()).isFalse();

      // A key given twice in the arguments is refused, not collapsed to its last value.
      server.send(toolCall(4, "list_users", "{\"max_results\":2,\"limit\":3,\"limit\":500}"));
      JsonNode twice = envelope(server.answerTo(IntNode.valueOf(4)));
      assertThat(twice.at("/error/type").asText()).isEqualTo("invalid_parameter");
      assertThat(twice.at("/error/parameter").asText()).isEqualTo("max_results");
      assertThat(twice.at("/error/message").asText()).contains("'limit' is given twice");
      server.send(toolCall(5, "list_users", "{\"query\":{\"a\":1,\"b\":{\"c\":1,\"c\":2}}}"));
      assertThat(envelope(server.answerTo(IntNode.valueOf(5))).at("/error/message").asText())
          .contains("'query' has the key 'c' twice");
      server.send(toolCall(6, "list_users", "{\"max_results\":2}"));
      assertThat(envelope(server.answerTo(IntNode.valueOf(6))).at("/data/count").asInt())
          .isEqualTo(2);

      server.closeStdin();
      assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).as("exits when stdin ends").isTrue();
      assertThat(server.next()).isNull();
    }
  }

  static String toolCall(int id, String tool, String arguments) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
        + tool
        + "\",\"arguments\":"
        + arguments
        + "}}";
  }

  /** The action's envelope in a tools/call answer. */
  static JsonNode envelope(JsonNode answer) throws Exception {
    assertThat(answer.has("result")).as(String.valueOf(answer)).isTrue();
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(answer.at("/result/content/0/text").asText());
  }

  /** {line, expected error code or "" for no answer, [marker: the error carries id 7]}. */
  private static List<String[]> badLines() {
    List<String[]> lines = new ArrayList<>();
    String parse = String.valueOf(JsonRpcLine.PARSE_ERROR);
    String invalid = String.valueOf(JsonRpcLine.INVALID_REQUEST);
    lines.add(new String[] {"", ""});
    lines.add(new String[] {"   \t ", ""});
    lines.add(new String[] {"{", parse});
    lines.add(new String[] {"not json at all", parse});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"} trailing", parse});
    lines.add(new String[] {"42", invalid});
    lines.add(new String[] {"\"text\"", invalid});
    lines.add(new String[] {"[]", invalid});
    lines.add(new String[] {"[" + StdioProcess.request(8, "ping") + "]", invalid});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", invalid});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", invalid});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", invalid});
    lines.add(new String[] {"{\"id\":7,\"method\":\"tools/list\"}", invalid, "id7"});
    lines.add(
        new String[] {"{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"tools/list\"}", invalid, "id7"});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":5}", invalid, "id7"});
    lines.add(
        new String[] {
          "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"x\",\"params\":3}", invalid, "id7"
        });
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"id\":7}", invalid, "id7"});
    lines.add(new String[] {"{}", invalid});
    lines.add(new String[] {"{\"jsonrpc\":\"2.0\",\"method\":5}", ""});
    lines.add(new String[] {"[".repeat(1001) + "]".repeat(1001), parse});
    lines.add(new String[] {"{\"a\":".repeat(1500) + "1" + "}".repeat(1500), parse});
    return lines;
  }

  @Test
  void survivesAFuzzOfRandomAndMalformedLines() throws Exception {
    Random random = new Random(20261129);
    try (StdioProcess server = new StdioProcess(sim)) {
      server.send(StdioProcess.initialize(1));
      assertThat(server.answerTo(IntNode.valueOf(1))).isNotNull();
      server.send(StdioProcess.initialized());
      for (int i = 0; i < 400; i++) server.send(fuzzLine(random));
      server.send(StdioProcess.request("\"last-ping\"", "ping"));
      assertThat(server.answerTo(TextNode.valueOf("last-ping")))
          .as("ping after the fuzz")
          .isNotNull();
      server.send(StdioProcess.request("\"last-list\"", "tools/list"));
      JsonNode tools = server.answerTo(TextNode.valueOf("last-list"));
      assertThat(tools).as("the SDK still reads after the fuzz").isNotNull();
      assertThat(tools.at("/result/tools").size()).isPositive();
      for (String line : server.seen) {
        assertThat(StdioProcess.M.readTree(line).path("jsonrpc").asText())
            .as(line)
            .isEqualTo("2.0");
      }
      server.closeStdin();
      assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).as("exits when stdin ends").isTrue();
    }
  }

  private static final String[] VALID = {
    StdioProcess.request(5, "ping"),
    StdioProcess.request(6, "tools/list"),
    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":5}}",
    "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"get_user\","
        + "\"arguments\":{\"user_id\":\"1\"}}}",
  };

  private static byte[] fuzzLine(Random random) {
    switch (random.nextInt(5)) {
      case 0: // random bytes, newlines excluded so that one line stays one line
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n') bytes[i] = ' ';
        return bytes;
      case 1: // a valid message cut short
        String valid = VALID[random.nextInt(VALID.length)];
        return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
      case 2: // a valid message with one character replaced
        char[] chars = VALID[random.nextInt(VALID.length)].toCharArray();
        chars[random.nextInt(chars.length)] = "{}[]\":,0x \\".charAt(random.nextInt(11));
        return new String(chars).getBytes(StandardCharsets.UTF_8);
      case 3: // deep nesting
        int depth = 900 + random.nextInt(300);
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
      default: // odd but well-formed JSON values
        String[] odd = {"null", "true", "-1", "[1,2]", "{\"id\":[]}", "{\"jsonrpc\":\"2.0\"}", ""};
        return odd[random.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8);
    }
  }
}
