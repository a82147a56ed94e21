package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.Action;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gong MCP tool server: one tool per action, served over stdio ({@link #serveStdio}) or
 * streamable HTTP ({@link #startHttp}). Write actions are left out unless {@link
 * Builder#allowWrites} is set.
 *
 * <p>Tool inputs are validated by the actions themselves (so aliases and other spellings work and
 * errors name the parameter in the envelope); the SDK's own schema validation is switched off.
 */
public final class GongMcpServer {

  static final String NAME = "gong-connector";
  static final String VERSION = "0.1.0";
  private static final Logger LOG = LoggerFactory.getLogger(GongMcpServer.class);
  private static final String INSTRUCTIONS =
      """
      Tools for one company's Gong account (sales call recordings, transcripts and call analytics). \
      Every tool answers with {"success": true, "data": ...} or {"success": false, "error": {type, message, \
      status, requestId, parameter}}. Dates are ISO-8601 with offset or a plain date (whole UTC day). \
      Start with list_workspace_id_options or list_users to find ids, list_calls or search_calls to find \
      calls, then get_call or retrieve_transcripts_of_calls for details.""";

  /** Paging through a big range or uploading media takes longer than the SDK's 10 s default. */
  static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

  /**
   * The protocol's mapper, one per process (thread-safe once configured): its serializers, made on
   * the first message, are then ready for every server, and {@link McpWarmup} can make them before
   * the first request arrives.
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Action> actions;
  private final ObjectMapper mapper;
  private final McpJsonMapper jsonMapper;

  private GongMcpServer(Builder b) {
    List<Action> selected = new ArrayList<>();
    for (Action a : b.actions) {
      if (!a.writes() || b.allowWrites) selected.add(a);
    }
    this.actions = List.copyOf(selected);
    this.mapper = MAPPER;
    this.jsonMapper = new GongJsonMapper(mapper);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The actions offered as tools (write actions only when allowed). */
  public List<Action> actions() {
    return actions;
  }

  List<SyncToolSpecification> toolSpecifications() {
    ToolAdapter adapter = new ToolAdapter(mapper);
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (Action a : actions) specs.add(adapter.toSpecification(a));
    return specs;
  }

  McpSyncServer build(McpServer.SyncSpecification<?> spec) {
    return spec.serverInfo(NAME, VERSION)
        .instructions(INSTRUCTIONS)
        .capabilities(ToolAdapter.capabilities())
        .validateToolInputs(false)
        .jsonSchemaValidator(new DeferredSchemaValidator()) // not made before the first answer
        .requestTimeout(REQUEST_TIMEOUT)
        .tools(toolSpecifications())
        .build();
  }

  ObjectMapper mapper() {
    return mapper;
  }

  McpJsonMapper jsonMapper() {
    return jsonMapper;
  }

  /**
   * Serves MCP over {@code in}/{@code out} (newline-delimited JSON-RPC) until {@code in} ends, then
   * closes the server. Nothing but protocol messages is written to {@code out}.
   */
  public void serveStdio(InputStream in, OutputStream out) throws InterruptedException {
    serveStdio(in, out, REQUEST_TIMEOUT);
  }

  /**
   * As {@link #serveStdio(InputStream, OutputStream)}, answering for at most {@code drain} after
   * stdin ends.
   */
  void serveStdio(InputStream in, OutputStream out, Duration drain) throws InterruptedException {
    StdioTraffic traffic = new StdioTraffic(mapper, drain);
    McpSyncServer server =
        build(
            McpServer.sync(
                new StdioServerTransportProvider(
                    jsonMapper, traffic.watch(in), traffic.watch(out))));
    LOG.info("MCP server on stdio with {} tools: {}", actions.size(), toolNames());
    try {
      // Requests already read are answered first: a script may pipe its requests in and close
      // stdin.
      traffic.awaitEndAndAnswers();
    } finally {
      LOG.info("stdin closed, stopping the MCP server");
      server.closeGracefully();
    }
  }

  /** Starts the streamable HTTP server at {@code http://host:port/mcp}; the caller closes it. */
  public HttpMcpServer startHttp(String host, int port, String token) {
    return HttpMcpServer.start(this, host, port, token);
  }

  /** As {@link #startHttp(String, int, String)}, with session limits other than the defaults. */
  public HttpMcpServer startHttp(String host, int port, String token, SessionLimits limits) {
    return HttpMcpServer.start(this, host, port, token, limits);
  }

  String toolNames() {
    List<String> names = new ArrayList<>();
    for (Action a : actions) names.add(a.name());
    return String.join(", ", names);
  }

  /** Options of a {@link GongMcpServer}. */
  public static final class Builder {
    private final List<Action> actions = new ArrayList<>();
    private boolean allowWrites;

    private Builder() {}

    /** The actions to offer (usually {@code ActionRegistry.list()}). */
    public Builder actions(Collection<? extends Action> value) {
      Objects.requireNonNull(value, "actions").forEach(a -> actions.add(Objects.requireNonNull(a)));
      return this;
    }

    /** Offers write actions such as {@code add_new_call}; off by default. */
    public Builder allowWrites(boolean value) {
      this.allowWrites = value;
      return this;
    }

    public GongMcpServer build() {
      return new GongMcpServer(this);
    }
  }
}
