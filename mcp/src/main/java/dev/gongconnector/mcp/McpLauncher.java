package dev.gongconnector.mcp;

import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.Toolsets;
import dev.gongconnector.actions.calls.MediaPolicy;
import dev.gongconnector.actions.library.LibraryRoot;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.GongException;
import dev.gongconnector.simulator.GongSimulator;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the Gong MCP server as {@code gong mcp} does: builds the client (from the environment, or an
 * embedded local Gong with {@code --sim}), the action registry and the server, then serves stdio or
 * HTTP until stdin ends or the process is stopped.
 *
 * <p>Everything human-readable goes to {@code err}: on stdio, standard output is the protocol
 * channel, so {@link System#out} is redirected to standard error while the server runs.
 */
public final class McpLauncher {

  /** Exit codes: 0 ok, 1 failure, 2 usage or configuration error. */
  public static final int OK = 0;

  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  private final McpSettings settings;
  private final Map<String, String> env;
  private final PrintStream err;
  private InputStream stdin = System.in;
  private Consumer<ActionRegistry.Builder> customizer = b -> {};
  private String toolsets;
  private MediaPolicy media = MediaPolicy.none();
  private Path libraryRoot;

  public McpLauncher(McpSettings settings, Map<String, String> env, PrintStream err) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.env = Objects.requireNonNull(env, "env");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Reads the stdio protocol from {@code in} instead of {@link System#in}. */
  public McpLauncher stdin(InputStream in) {
    this.stdin = Objects.requireNonNull(in, "in");
    return this;
  }

  /**
   * Which toolsets to offer ({@code default}, {@code all} or groups such as {@code calls,stats});
   * null means {@code default}. An unknown name is an {@link IllegalArgumentException}.
   */
  public McpLauncher toolsets(String spec) {
    Toolsets.parse(spec);
    this.toolsets = spec;
    return this;
  }

  /**
   * Which local files the write tools may upload ({@code --media-dir}); none by default, on stdio
   * and HTTP alike: an agent must not be able to send the machine's files to Gong.
   */
  public McpLauncher mediaPolicy(MediaPolicy value) {
    this.media = Objects.requireNonNull(value, "value");
    return this;
  }

  /** Serves the local call library under {@code root} (the launcher that owns it decides). */
  public McpLauncher library(Path root) {
    this.libraryRoot = Objects.requireNonNull(root, "root");
    return this;
  }

  /** Lets the caller adjust the registry (e.g. plug a local search backend or add actions). */
  public McpLauncher customizeRegistry(Consumer<ActionRegistry.Builder> value) {
    this.customizer = Objects.requireNonNull(value, "customizer");
    return this;
  }

  /**
   * Builds the client from the environment (or starts the embedded local Gong with {@code sim}),
   * then serves until stdin ends (stdio) or the JVM stops (HTTP); returns the exit code.
   */
  public int run() {
    if (settings.sim()) {
      try (GongSimulator sim = GongSimulator.builder().rateLimitPerSecond(0).dailyLimit(0).start();
          LibraryRoot library = LibraryRoot.fresh()) {
        if (libraryRoot == null) libraryRoot = library.path();
        err.println(
            "gong mcp: embedded local Gong at "
                + sim.baseUrl()
                + " ("
                + sim.generatedCalls()
                + " generated calls, simulated data)");
        return serve(
            GongClient.builder()
                .baseUrl(sim.baseUrl())
                .credentials(sim.accessKey(), sim.accessKeySecret())
                .rateLimitPerSecond(0)
                .build());
      }
    }
    GongClient client;
    try {
      client = GongClient.builder().fromEnvironment(env).build();
    } catch (GongException e) {
      err.println("gong mcp: " + e.getMessage() + " (or use --sim to try it against a local Gong)");
      return USAGE;
    }
    if (libraryRoot == null) {
      libraryRoot =
          LibraryRoot.resolve(null, false, env::get, Path.of(System.getProperty("user.home")))
              .path();
    }
    return serve(client);
  }

  /**
   * Serves the actions over {@code client} as the settings say (their {@code sim} flag is ignored
   * here).
   */
  public int serve(GongClient client) {
    try {
      ActionRegistry.Builder registry =
          ActionRegistry.builder(client).allowWrites(settings.allowWrites()).mediaPolicy(media);
      if (libraryRoot != null) registry.library(libraryRoot);
      customizer.accept(registry);
      GongMcpServer server =
          GongMcpServer.builder()
              .actions(Toolsets.select(registry.build().list(), toolsets))
              .allowWrites(settings.allowWrites())
              .build();
      return settings.http() ? serveHttp(server) : serveStdio(server);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FAILURE;
    } catch (RuntimeException e) {
      err.println("gong mcp: " + e.getMessage());
      return FAILURE;
    }
  }

  private String mediaNote() {
    if (!settings.allowWrites()) return "";
    return media.directories().isEmpty()
        ? "; no local media files (--media-dir allows a directory)"
        : "; media files from " + media.directories();
  }

  private int serveStdio(GongMcpServer server) throws InterruptedException {
    PrintStream protocol = System.out;
    // Any stray print (a library, a log binding on stdout) would corrupt the JSON-RPC stream.
    System.setOut(System.err);
    try {
      err.println(
          "gong mcp: serving "
              + server.actions().size()
              + " tools on stdio"
              + (settings.allowWrites() ? " (write tools enabled)" : " (read-only)")
              + mediaNote());
      server.serveStdio(stdin, protocol);
      return OK;
    } finally {
      System.setOut(protocol);
    }
  }

  /** Shorter tokens get a warning: they can be guessed (a generated one has 43 characters). */
  static final int MIN_TOKEN_LENGTH = 16;

  private int serveHttp(GongMcpServer server) throws InterruptedException {
    String token = settings.token();
    if (token == null || token.isBlank()) token = env.get(McpSettings.ENV_TOKEN);
    boolean generated = token == null || token.isBlank();
    if (generated) token = generateToken();
    SessionLimits limits;
    try {
      limits = SessionLimits.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      err.println("gong mcp: " + e.getMessage());
      return USAGE;
    }
    try (HttpMcpServer http = server.startHttp(settings.host(), settings.port(), token, limits)) {
      if (!isLoopback(settings.host())) {
        err.println(
            "gong mcp: WARNING: listening on "
                + settings.host()
                + ", not only this machine: anyone who "
                + "reaches this port with the token can read your Gong data (use TLS in front of it)");
      }
      err.println(
          "gong mcp: serving "
              + server.actions().size()
              + " tools at "
              + http.url()
              + (settings.allowWrites() ? " (write tools enabled)" : " (read-only)")
              + mediaNote());
      if (generated) {
        err.println(
            "gong mcp: no token given (--token or "
                + McpSettings.ENV_TOKEN
                + "); clients must send");
        err.println("  Authorization: Bearer " + token);
      } else {
        err.println("gong mcp: clients must send Authorization: Bearer <your token>");
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
          err.println(
              "gong mcp: WARNING: the token is shorter than "
                  + MIN_TOKEN_LENGTH
                  + " characters and easy to guess; use a long random one (or give none and"
                  + " one is generated)");
        }
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                http.close();
                stopped.countDown();
              },
              "gong-mcp-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      stopped.await();
      return OK;
    }
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1")
        || host.equalsIgnoreCase("localhost")
        || host.equals("::1")
        || host.equals("[::1]");
  }

  /** 32 random bytes, URL-safe Base64: unguessable and easy to paste. */
  static String generateToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
