package dev.gongconnector.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.UUID;

/**
 * Readies, on whatever thread calls it, what the server needs before it can answer the first {@code
 * initialize}: the protocol mapper's (de)serializers of the JSON-RPC messages and of the initialize
 * request and result, the {@code toString} of the client's capabilities and info (the SDK logs them
 * at INFO, and a record's first {@code toString} builds method handles: tens of milliseconds), and
 * the secure random generator behind session ids. The command line runs it on a second thread while
 * it builds the server. It changes nothing the server sends or logs.
 */
public final class McpWarmup {

  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{\"roots\":{\"listChanged\":true}},"
          + "\"clientInfo\":{\"name\":\"warm-up\",\"version\":\"1\"}}}";

  private McpWarmup() {}

  /** Never throws: whatever fails here, the server does again and reports. */
  public static void run() {
    try {
      McpJsonMapper json = new GongJsonMapper(GongMcpServer.MAPPER);
      McpSchema.JSONRPCRequest request =
          (McpSchema.JSONRPCRequest) McpSchema.deserializeJsonRpcMessage(json, INITIALIZE);
      McpSchema.InitializeRequest init =
          json.convertValue(request.params(), new TypeRef<McpSchema.InitializeRequest>() {});
      String logged = String.valueOf(init.capabilities()) + init.clientInfo();
      McpSchema.InitializeResult result =
          new McpSchema.InitializeResult(
              init.protocolVersion(),
              ToolAdapter.capabilities(),
              new McpSchema.Implementation(GongMcpServer.NAME, GongMcpServer.VERSION),
              logged);
      json.writeValueAsString(
          new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), result, null));
      UUID.randomUUID();
    } catch (Exception | LinkageError e) {
      // nothing to do: the warm-up only saves time
    }
  }
}
