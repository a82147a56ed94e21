package dev.gongconnector.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running streamable-HTTP MCP server (embedded Jetty), guarded by a bearer token; close it to
 * stop.
 */
public final class HttpMcpServer implements AutoCloseable {

  /** The path of the MCP endpoint. */
  public static final String ENDPOINT = "/mcp";

  private static final Logger LOG = LoggerFactory.getLogger(HttpMcpServer.class);

  private final Server jetty;
  private final McpSyncServer mcp;
  private final String host;
  private final int port;

  private HttpMcpServer(Server jetty, McpSyncServer mcp, String host, int port) {
    this.jetty = jetty;
    this.mcp = mcp;
    this.host = host;
    this.port = port;
  }

  static HttpMcpServer start(GongMcpServer server, String host, int port, String token) {
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(server.jsonMapper())
            .mcpEndpoint(ENDPOINT)
            .keepAliveInterval(Duration.ofSeconds(30))
            .build();
    McpSyncServer mcp = server.build(McpServer.sync(transport));

    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(host);
    connector.setPort(port);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder servlet = new ServletHolder("mcp", transport);
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, ENDPOINT);
    FilterHolder auth =
        new FilterHolder(
            new BearerTokenFilter(token, Set.of(host.toLowerCase(java.util.Locale.ROOT))));
    auth.setAsyncSupported(true);
    context.addFilter(auth, "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);
    jetty.setStopTimeout(2_000);
    try {
      jetty.start();
    } catch (Exception e) {
      mcp.close();
      try {
        jetty.stop();
      } catch (Exception ignored) {
        // already failing; report the start failure below
      }
      throw new IllegalStateException(
          "cannot start the MCP HTTP server on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    int bound = connector.getLocalPort();
    LOG.info(
        "MCP server on http://{}:{}{} with {} tools: {}",
        displayHost(host),
        bound,
        ENDPOINT,
        server.actions().size(),
        server.toolNames());
    return new HttpMcpServer(jetty, mcp, host, bound);
  }

  private static String displayHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  public int port() {
    return port;
  }

  /** The endpoint URL, e.g. {@code http://127.0.0.1:8765/mcp}. */
  public String url() {
    return "http://" + displayHost(host) + ":" + port + ENDPOINT;
  }

  /** Blocks until the server stops (another thread closes it, or the JVM shuts down). */
  public void join() throws InterruptedException {
    jetty.join();
  }

  @Override
  public void close() {
    try {
      mcp.closeGracefully();
    } catch (RuntimeException e) {
      LOG.debug("closing MCP sessions: {}", e.getMessage());
    }
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP server: {}", e.getMessage());
    }
  }
}
