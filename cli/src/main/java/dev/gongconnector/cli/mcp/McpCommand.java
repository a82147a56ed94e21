package dev.gongconnector.cli.mcp;

import dev.gongconnector.actions.calls.MediaPolicy;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.mcp.McpLauncher;
import dev.gongconnector.mcp.McpSettings;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gong mcp}: serves the Gong actions as MCP tools to an agent, over stdio (the default: the
 * agent host starts {@code gong mcp} and talks on its stdin/stdout) or streamable HTTP ({@code
 * --http}).
 *
 * <p>Unlike the other commands it never falls back to the embedded local Gong silently: an agent
 * must not mistake simulated data for the company's calls, so without credentials it stops unless
 * {@code --sim} is given.
 */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      McpCommand.DESCRIPTION_1,
      McpCommand.DESCRIPTION_2,
      McpCommand.DESCRIPTION_3,
      McpCommand.DESCRIPTION_4
    })
public final class McpCommand implements Callable<Integer> {

  static final String DESCRIPTION_1 = "Serve the Gong actions as MCP tools to an AI agent.";
  static final String DESCRIPTION_2 =
      "stdio by default (configure your agent to run: gong mcp); --http serves streamable HTTP at "
          + "http://HOST:PORT/mcp and requires Authorization: Bearer <token>.";
  static final String DESCRIPTION_3 =
      "Read-only unless --allow-writes. Credentials as for every command (flags, environment "
          + "GONG_BASE_URL / GONG_ACCESS_KEY / GONG_ACCESS_KEY_SECRET, profile); --sim for the local Gong.";
  static final String DESCRIPTION_4 =
      "Logs go to stderr; on stdio, stdout carries only the protocol.";

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(names = "--http", description = "Serve streamable HTTP instead of stdio.")
  boolean http;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "" + McpSettings.DEFAULT_PORT,
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = McpSettings.DEFAULT_HOST,
      description = "HTTP interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token HTTP clients must send (env "
              + McpSettings.ENV_TOKEN
              + "); generated and printed to stderr when absent.")
  String token;

  @Option(
      names = "--allow-writes",
      description = "Offer tools that change data in Gong (add_new_call, " + "upload_call_media).")
  boolean allowWrites;

  @Option(
      names = "--toolsets",
      paramLabel = "SETS",
      description =
          "Tools to offer: default (at most 15: calls, search, users, trackers, library folders),"
              + " all, or groups: calls,users,stats,library,crm,admin (default may be one of them).")
  String toolsets;

  @Option(
      names = "--media-dir",
      paramLabel = "DIR",
      description =
          "A directory the write tools may upload media files from (symlinks resolved; repeat for"
              + " more). None by default: agents cannot upload local files.")
  List<Path> mediaDirs = new ArrayList<>();

  private final CliContext context;

  /** For picocli's default factory: the real process's environment. */
  public McpCommand() {
    this(CliContext.system());
  }

  /** With the command line's context (environment, stdin). */
  public McpCommand(CliContext context) {
    this.context = context;
    this.connection = new ConnectionOptions(context);
  }

  /**
   * The command as the command line runs it: the model the annotations above declare (a test
   * compares them), built with picocli's programmatic API, since reading the annotations by
   * reflection was an eighth of the work before {@code gong mcp} answered {@code initialize}.
   */
  public static CommandSpec spec(CliContext context) {
    return McpCommandSpec.of(new McpCommand(context));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("gong mcp: --port must be 0..65535, got " + port);
      return ExitCodes.USAGE;
    }
    ConnectionSettings settings = connection.resolve(err);
    if (settings.simulated() && !settings.source().startsWith("--sim")) {
      // The source says why (e.g. "no Gong credentials found"); never repeat it in parentheses.
      err.println(
          "gong mcp: "
              + settings.source()
              + "; set GONG_BASE_URL, "
              + "GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET, run `gong configure`, or pass --sim to serve the local "
              + "Gong's simulated data");
      return ExitCodes.USAGE;
    }
    MediaPolicy media;
    try {
      media = mediaDirs.isEmpty() ? MediaPolicy.none() : MediaPolicy.allowing(mediaDirs);
    } catch (IllegalArgumentException e) {
      err.println("gong mcp: --media-dir: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String tokenValue = token != null ? token : context.getenv(McpSettings.ENV_TOKEN);
    McpSettings mcp = new McpSettings(http, host, port, tokenValue, allowWrites, false);
    PrintStream log = new PrintStream(new WriterOutputStream(err), true);
    try (GongConnection gong = connection.connect(err)) {
      McpLauncher launcher;
      try {
        launcher = new McpLauncher(mcp, context.env(), log).toolsets(toolsets);
      } catch (IllegalArgumentException e) {
        err.println("gong mcp: --toolsets: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      return launcher
          .stdin(context.stdin())
          .mediaPolicy(media)
          .library(gong.libraryRoot(null))
          .serve(gong.client());
    }
  }

  /** Lets the launcher's PrintStream write to picocli's error writer. */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') flush();
    }

    @Override
    public synchronized void flush() {
      writer.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
      writer.flush();
      line.reset();
    }
  }
}
