package dev.gongconnector.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a key given twice in the arguments of a {@code tools/call} message. Jackson, and so the
 * SDK, keeps the last of two equal keys silently ({@code {"limit": 5, "limit": 500}} runs with
 * 500); the SDK's own mapper must stay lenient (a strict one fails the whole message, which the SDK
 * drops without an answer). So the raw message is scanned here, and a finding travels to the tool
 * in the request's {@code _meta} ({@link #META_KEY}), where {@link ToolAdapter} refuses the call
 * with {@code invalid_parameter} before the action runs.
 */
final class DuplicateArguments {

  /** The {@code _meta} key of a finding: {@code {"argument": ..., "key": ...}}. */
  static final String META_KEY = "dev.gongconnector/duplicateKey";

  private static final JsonFactory JSON = new JsonFactory();

  private DuplicateArguments() {}

  /**
   * A key given twice.
   *
   * @param argument the tool argument it is in (as the caller spelled it)
   * @param key the repeated key: {@code argument} itself, or a key inside its value
   */
  record Duplicate(String argument, String key) {}

  /** The first key given twice inside {@code params.arguments} of {@code json}, or null. */
  static Duplicate find(String json) {
    if (!json.contains("tools/call")) return null;
    try (JsonParser p = JSON.createParser(json)) {
      List<Frame> open = new ArrayList<>();
      String name = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            open.add(new Frame(name, t == JsonToken.START_OBJECT ? new HashSet<>() : null));
            name = null;
          }
          case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
          case FIELD_NAME -> {
            name = p.currentName();
            Set<String> keys = open.get(open.size() - 1).keys();
            if (!keys.add(name) && inArguments(open)) {
              return new Duplicate(open.size() == 3 ? name : open.get(3).name(), name);
            }
          }
          default -> name = null;
        }
      }
    } catch (IOException e) {
      return null; // not JSON: the transport answers a parse error
    }
    return null;
  }

  /** Puts the finding on a parsed {@code tools/call} message whose arguments it was found in. */
  static void mark(JsonNode message, Duplicate d) {
    JsonNode params = message.get("params");
    if (d == null || !"tools/call".equals(message.path("method").asText())) return;
    if (params == null || !params.isObject()) return;
    JsonNode meta = params.get("_meta");
    if (meta != null && !meta.isObject()) return;
    ObjectNode m = meta == null ? ((ObjectNode) params).putObject("_meta") : (ObjectNode) meta;
    m.putObject(META_KEY).put("argument", d.argument()).put("key", d.key());
  }

  private static boolean inArguments(List<Frame> open) {
    return open.size() >= 3
        && open.get(0).name() == null
        && "params".equals(open.get(1).name())
        && "arguments".equals(open.get(2).name())
        && open.get(1).keys() != null
        && open.get(2).keys() != null;
  }

  /** An open object (its keys so far) or array (no keys), and its key in the parent. */
  private record Frame(String name, Set<String> keys) {}
}
