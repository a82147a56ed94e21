package dev.gongconnector.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.ProgressListener;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps one {@link Action} as an MCP tool: the tool's input schema is the action's schema, a call
 * runs {@link Action#execute} and answers with the envelope once, as compact JSON text; {@code
 * isError} is set when the envelope says {@code success: false}, so the model sees the error and
 * can correct itself (MCP "tool execution errors", not protocol errors).
 */
final class ToolAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper;

  ToolAdapter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  SyncToolSpecification toSpecification(Action action) {
    Map<String, Object> schema = mapper.convertValue(action.inputSchema(), MAP);
    Tool tool =
        Tool.builder()
            .name(action.name())
            .title(title(action.name()))
            .description(action.description())
            .inputSchema(schema)
            .annotations(
                new ToolAnnotations(
                    title(action.name()), !action.writes(), false, !action.writes(), true, null))
            .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler((exchange, request) -> call(action, exchange, request))
        .build();
  }

  CallToolResult call(Action action, McpSyncServerExchange exchange, CallToolRequest request) {
    long started = System.nanoTime();
    ActionResult result;
    try {
      JsonNode params =
          mapper.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
      ActionResult duplicate = duplicateKey(action, request);
      result =
          duplicate != null ? duplicate : action.execute(params, progressFor(exchange, request));
    } catch (RuntimeException e) {
      // Actions return errors in the envelope; this is a bug, but the agent still gets an answer.
      LOG.error("tool {} failed unexpectedly", action.name(), e);
      result =
          ActionResult.failure(
              new ActionError(
                  ErrorType.INTERNAL, String.valueOf(e.getMessage()), null, null, null));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (result.success()) {
      LOG.info("tool {} ok in {} ms", action.name(), millis);
    } else {
      LOG.info(
          "tool {} failed in {} ms: {} {}",
          action.name(),
          millis,
          result.error().type(),
          result.error().message());
    }
    // Once, as text. The MCP specification (2025-06-18, tools: structured content) pairs
    // structuredContent with a declared outputSchema, and asks such tools to repeat it as JSON text
    // for clients that read only `content`; these tools declare no output schema, so the text alone
    // carries the envelope and an agent's context pays for it once.
    JsonNode envelope = mapper.valueToTree(result);
    return CallToolResult.builder()
        .addTextContent(envelope.toString())
        .isError(!result.success())
        .build();
  }

  /**
   * The refusal of arguments that repeat a key (found by {@link DuplicateArguments} before the SDK
   * kept only the last value), or null.
   */
  private static ActionResult duplicateKey(Action action, CallToolRequest request) {
    Object mark = request.meta() == null ? null : request.meta().get(DuplicateArguments.META_KEY);
    if (!(mark instanceof Map<?, ?> m)) return null;
    String argument = String.valueOf(m.get("argument"));
    String key = String.valueOf(m.get("key"));
    String canonical = action.canonicalParameter(argument);
    String message =
        argument.equals(key)
            ? "parameter '" + argument + "' is given twice; give it once"
            : "parameter '" + argument + "' has the key '" + key + "' twice; give each key once";
    return ActionResult.failure(
        ActionError.invalidParameter(canonical != null ? canonical : argument, message));
  }

  /**
   * Forwards progress as MCP progress notifications when the client asked for them with a token.
   */
  private static ProgressListener progressFor(
      McpSyncServerExchange exchange, CallToolRequest request) {
    Object token = request.meta() == null ? null : request.meta().get("progressToken");
    if (token == null || exchange == null) return ProgressListener.NONE;
    return (stage, done, total) -> {
      try {
        exchange.progressNotification(
            new ProgressNotification(
                token, (double) done, total < 0 ? null : (double) total, stage));
      } catch (RuntimeException e) {
        LOG.debug("progress notification not delivered: {}", e.getMessage());
      }
    };
  }

  /** "search_calls" gives "Search calls". */
  static String title(String name) {
    String spaced = name.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder().tools(false).build();
  }
}
