package dev.gongconnector.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What to do with one line read from stdin: forward a well-formed JSON-RPC message to the SDK,
 * answer a bad one with a JSON-RPC error, or ignore it.
 *
 * <p>The SDK's stdio transport stops reading for good at the first line it cannot turn into a
 * message (a blank line, {@code 42}, a batch...), so only messages it is sure to accept reach it:
 * normalized to {@code jsonrpc}, {@code id}, {@code method}, {@code params} (or {@code result} /
 * {@code error}). {@code ping} is answered here, since the SDK holds every request but {@code
 * initialize} until the client has sent {@code notifications/initialized}, and a ping must be
 * answered at any time.
 */
final class JsonRpcLine {

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;

  /** The outcome for one line: exactly one of the fields is set, or none (ignore the line). */
  record Verdict(String forward, boolean request, String answer) {
    static final Verdict IGNORE = new Verdict(null, false, null);
  }

  private final ObjectReader reader;

  JsonRpcLine(ObjectMapper mapper) {
    // "{...} garbage" is not one message.
    this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Judges one line (without its line terminator); {@code tooLong} when it was cut off. */
  Verdict judge(byte[] line, int length, boolean tooLong) {
    if (tooLong) return answer(error(null, PARSE_ERROR, "Parse error: the message is too large"));
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line, 0, length))
              .toString();
    } catch (CharacterCodingException e) {
      return answer(error(null, PARSE_ERROR, "Parse error: the line is not valid UTF-8"));
    }
    if (text.isBlank()) return Verdict.IGNORE;
    JsonNode node;
    try {
      node = reader.readTree(text);
    } catch (JsonProcessingException | RuntimeException e) {
      return answer(error(null, PARSE_ERROR, "Parse error: the line is not one JSON value"));
    }
    if (node == null || node.isMissingNode()) return Verdict.IGNORE;
    if (node.isArray()) {
      return answer(error(null, INVALID_REQUEST, "Invalid Request: batches are not supported"));
    }
    if (!node.isObject()) {
      return answer(error(null, INVALID_REQUEST, "Invalid Request: expected a JSON object"));
    }
    // The tree keeps only the last of two equal keys: mark them for the tool to refuse.
    DuplicateArguments.mark(node, DuplicateArguments.find(text));
    return judgeObject(node);
  }

  private Verdict judgeObject(JsonNode node) {
    JsonNode id = node.get("id");
    boolean hasId = node.has("id");
    boolean validId = id != null && (id.isTextual() || id.isIntegralNumber());
    JsonNode echoId = validId ? id : null;
    if (hasId && !validId) {
      return answer(
          error(null, INVALID_REQUEST, "Invalid Request: id must be a string or an integer"));
    }
    if (!"2.0".equals(node.path("jsonrpc").asText(null)) || !node.get("jsonrpc").isTextual()) {
      return answerUnlessNotification(echoId, node, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
    }
    JsonNode method = node.get("method");
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
    if (method != null) {
      if (!method.isTextual() || method.asText().isEmpty()) {
        return answerUnlessNotification(
            echoId, node, "Invalid Request: \"method\" must be a non-empty string");
      }
      JsonNode params = node.get("params");
      if (params != null && !params.isObject() && !params.isArray() && !params.isNull()) {
        return answerUnlessNotification(
            echoId, node, "Invalid Request: \"params\" must be an object or an array");
      }
      if (validId) out.set("id", id);
      out.put("method", method.asText());
      if (params != null && !params.isNull()) out.set("params", params);
      if (validId && "ping".equals(method.asText())) return answer(result(id));
      return new Verdict(out.toString(), validId, null);
    }
    // A response to a request of ours (sampling, elicitation...).
    if (validId && (node.has("result") || node.has("error"))) {
      out.set("id", id);
      if (node.has("error") && node.get("error").isObject()) out.set("error", node.get("error"));
      else if (node.has("result")) out.set("result", node.get("result"));
      else return Verdict.IGNORE;
      return new Verdict(out.toString(), false, null);
    }
    return answer(error(echoId, INVALID_REQUEST, "Invalid Request: no \"method\""));
  }

  /** A notification (no id) is never answered, even when it is invalid. */
  private Verdict answerUnlessNotification(JsonNode id, JsonNode node, String message) {
    if (!node.has("id") && node.has("method")) return Verdict.IGNORE;
    return answer(error(id, INVALID_REQUEST, message));
  }

  private static Verdict answer(String line) {
    return new Verdict(null, false, line);
  }

  static String error(JsonNode id, int code, String message) {
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
    if (id == null) out.putNull("id");
    else out.set("id", id);
    out.putObject("error").put("code", code).put("message", message);
    return out.toString();
  }

  private static String result(JsonNode id) {
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
    out.set("id", id);
    out.putObject("result");
    return out.toString();
  }
}
