package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.client.GongClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MCP contract over streamable HTTP, plus the bearer-token guard. */
class HttpMcpServerTest extends AbstractMcpServerTest {

  private static final String TOKEN = "test-token-" + System.nanoTime();
  private final List<HttpMcpServer> servers = new ArrayList<>();
  private HttpMcpServer readOnlyServer;

  @BeforeAll
  void start() {
    startSim();
    readOnlyServer = startServer(false);
  }

  @Override
  protected void stopServers() {
    servers.forEach(HttpMcpServer::close);
  }

  private HttpMcpServer startServer(boolean allowWrites) {
    GongClient client = LocalGong.client(sim);
    ActionRegistry registry =
        ActionRegistry.builder(client)
            .allowWrites(allowWrites)
            .mediaPolicy(dev.gongconnector.actions.calls.MediaPolicy.allowing(List.of(MEDIA_DIR)))
            .build();
    HttpMcpServer server =
        GongMcpServer.builder()
            .actions(registry.list())
            .allowWrites(allowWrites)
            .build()
            .startHttp("127.0.0.1", 0, TOKEN);
    servers.add(server);
    return server;
  }

  private McpSyncClient client(HttpMcpServer server, String token) {
    HttpClientStreamableHttpTransport.Builder transport =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint(HttpMcpServer.ENDPOINT)
            .jsonMapper(new JacksonMcpJsonMapper(M))
            .connectTimeout(Duration.ofSeconds(5));
    if (token != null)
      transport.requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token));
    return McpClient.sync(transport.build())
        .requestTimeout(Duration.ofSeconds(60))
        .progressConsumer(progressEvents::add)
        .initializationTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Override
  protected McpSyncClient connect(boolean allowWrites) {
    McpSyncClient client = client(allowWrites ? startServer(true) : readOnlyServer, TOKEN);
    client.initialize();
    return client;
  }

  private HttpResponse<String> post(String authorization, String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(readOnlyServer.url()))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}"));
    if (authorization != null) request.header("Authorization", authorization);
    if (origin != null) request.header("Origin", origin);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesRequestsWithoutTheBearerToken() throws Exception {
    HttpResponse<String> none = post(null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(post("Bearer wrong", null).statusCode()).isEqualTo(401);
    assertThat(post("Basic " + TOKEN, null).statusCode()).isEqualTo(401);
    assertThat(post("Bearer wrong", null).body()).doesNotContain(TOKEN);
    assertThat(post("Bearer " + TOKEN, null).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesForeignBrowserOrigins() throws Exception {
    assertThat(post("Bearer " + TOKEN, "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(post("Bearer " + TOKEN, "http://localhost:3000").statusCode()).isEqualTo(200);
  }

  @Test
  void sdkClientWithoutTokenCannotConnect() {
    McpSyncClient client = client(readOnlyServer, null);
    try {
      assertThatThrownBy(client::initialize).isNotNull();
    } finally {
      client.close();
    }
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(new McpSettings(true, null, 0, null, false, false).host()).isEqualTo("127.0.0.1");
    assertThat(readOnlyServer.url()).startsWith("http://127.0.0.1:");
  }
}
