package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.net.http.HttpRequest;

/** The MCP SDK's own client of an {@link HttpMcpServer}, as an agent host would connect. */
final class SdkHttpClients {

  private SdkHttpClients() {}

  /**
   * A client of {@code server} over streamable HTTP sending {@code token}; the caller sets the rest
   * (timeouts), builds and initializes it.
   */
  static McpClient.SyncSpec of(HttpMcpServer server, String token) {
    return McpClient.sync(
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint(HttpMcpServer.ENDPOINT)
            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
            .build());
  }
}
