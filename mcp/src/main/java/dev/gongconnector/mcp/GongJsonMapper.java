package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import java.io.IOException;

/**
 * The SDK's JSON mapper with one correction, the same for stdio and HTTP since every answer passes
 * through it: the SDK's "Unknown tool: invalid_tool_name" (SDK 2.1.0, {@code McpAsyncServer}; the
 * name is only in the error's {@code data}) names the tool and says where the tools are listed.
 */
final class GongJsonMapper implements McpJsonMapper {

  static final String SDK_UNKNOWN_TOOL = "Unknown tool: invalid_tool_name";
  private static final String SDK_NOT_FOUND = "Tool not found: ";

  private final JacksonMcpJsonMapper delegate;

  GongJsonMapper(ObjectMapper mapper) {
    this.delegate = new JacksonMcpJsonMapper(mapper);
  }

  @Override
  public <T> T readValue(String content, Class<T> type) throws IOException {
    return delegate.readValue(content, type);
  }

  @Override
  public <T> T readValue(byte[] content, Class<T> type) throws IOException {
    return delegate.readValue(content, type);
  }

  @Override
  public <T> T readValue(String content, TypeRef<T> type) throws IOException {
    return delegate.readValue(content, type);
  }

  @Override
  public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
    return delegate.readValue(content, type);
  }

  @Override
  public <T> T convertValue(Object from, Class<T> type) {
    return delegate.convertValue(from, type);
  }

  @Override
  public <T> T convertValue(Object from, TypeRef<T> type) {
    return delegate.convertValue(from, type);
  }

  @Override
  public String writeValueAsString(Object value) throws IOException {
    return delegate.writeValueAsString(corrected(value));
  }

  @Override
  public byte[] writeValueAsBytes(Object value) throws IOException {
    return delegate.writeValueAsBytes(corrected(value));
  }

  private static Object corrected(Object value) {
    if (!(value instanceof JSONRPCResponse r) || r.error() == null) return value;
    JSONRPCError e = r.error();
    if (!SDK_UNKNOWN_TOOL.equals(e.message()) || !(e.data() instanceof String data)) return value;
    if (!data.startsWith(SDK_NOT_FOUND)) return value;
    String name = data.substring(SDK_NOT_FOUND.length());
    return new JSONRPCResponse(
        r.jsonrpc(), r.id(), null, new JSONRPCError(e.code(), unknownTool(name), e.data()));
  }

  /** What an agent reads when it calls a tool this server does not offer. */
  static String unknownTool(String name) {
    return "unknown tool '"
        + name
        + "': tools/list names the tools this server offers (the operator chooses more with"
        + " --toolsets, write tools with --allow-writes)";
  }
}
