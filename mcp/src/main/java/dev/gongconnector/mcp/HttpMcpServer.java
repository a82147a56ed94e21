package dev.gongconnector.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.LocalConnector;
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
  private final HttpSessionGuard guard;
  private final ScheduledExecutorService sweeper;
  private final AtomicLong ended = new AtomicLong();

  private HttpMcpServer(
      Server jetty,
      McpSyncServer mcp,
      String host,
      int port,
      HttpSessionGuard guard,
      ScheduledExecutorService sweeper) {
    this.jetty = jetty;
    this.mcp = mcp;
    this.host = host;
    this.port = port;
    this.guard = guard;
    this.sweeper = sweeper;
  }

  static HttpMcpServer start(GongMcpServer server, String host, int port, String token) {
    return start(server, host, port, token, SessionLimits.DEFAULT);
  }

  static HttpMcpServer start(
      GongMcpServer server, String host, int port, String token, SessionLimits limits) {
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(server.jsonMapper())
            .mcpEndpoint(ENDPOINT)
            .keepAliveInterval(Duration.ofSeconds(30))
            // HttpSessionGuard decides when a session expires; a second judge in the SDK would
            // end sessions the guard still routes to (and the SDK answers those with a stack).
            .sessionSweepInterval(null)
            .build();
    McpSyncServer mcp = server.build(McpServer.sync(transport));

    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(host);
    connector.setPort(port);
    jetty.addConnector(connector);
    // In-memory only: expired sessions are ended with a DELETE through the whole stack, as if their
    // client had sent it (the SDK's public way to end a session).
    LocalConnector internal = new LocalConnector(jetty);
    jetty.addConnector(internal);
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
    HttpSessionGuard guard =
        new HttpSessionGuard(server.mapper(), System::currentTimeMillis, limits);
    FilterHolder sessions = new FilterHolder(guard);
    sessions.setAsyncSupported(true);
    context.addFilter(sessions, ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
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
    ScheduledExecutorService sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gong-mcp-session-sweeper");
              t.setDaemon(true);
              return t;
            });
    long every = sweepEvery(limits.idleTimeout()).toMillis();

    LOG.info(
        "MCP server on http://{}:{}{} with {} tools: {}",
        displayHost(host),
        bound,
        ENDPOINT,
        server.actions().size(),
        server.toolNames());
    HttpMcpServer started = new HttpMcpServer(jetty, mcp, host, bound, guard, sweeper);
    sweeper.scheduleWithFixedDelay(
        () -> started.endExpired(internal, token), every, every, TimeUnit.MILLISECONDS);
    return started;
  }

  /** A tenth of the idle timeout, between 100 ms and a minute. */
  static Duration sweepEvery(Duration idle) {
    long ms = Math.max(100, Math.min(60_000, idle.toMillis() / 10));
    return Duration.ofMillis(ms);
  }

  /** Ends in the SDK the sessions the guard found idle too long. */
  private void endExpired(LocalConnector internal, String token) {
    try {
      guard.expireIdle();
      for (String id : guard.ending()) {
        try {
          String answer =
              internal.getResponse(
                  "DELETE "
                      + ENDPOINT
                      + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                      + token
                      + "\r\n"
                      + HttpSessionGuard.SESSION_HEADER
                      + ": "
                      + id
                      + "\r\nConnection: close\r\n\r\n",
                  5,
                  TimeUnit.SECONDS);
          if (answer != null && answer.startsWith("HTTP/1.1 200")) ended.incrementAndGet();
        } catch (Exception e) {
          LOG.debug("ending an expired MCP session: {}", e.getMessage());
        } finally {
          guard.ended(id);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("sweeping idle MCP sessions: {}", e.getMessage());
    }
  }

  /** Sessions currently open. */
  int sessionCount() {
    return guard.sessionCount();
  }

  /** Expired sessions the SDK confirmed it ended (its answer to their DELETE was 200). */
  long expiredSessionsEnded() {
    return ended.get();
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
    sweeper.shutdownNow();
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
