package dev.gongconnector.mcp;

import dev.gongconnector.actions.calls.MediaPolicy;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command-line entry of the MCP server without the {@code gong} launcher (used by tests to spawn a
 * stdio server). Credentials come from {@code GONG_BASE_URL}, {@code GONG_ACCESS_KEY}, {@code
 * GONG_ACCESS_KEY_SECRET}. Options are parsed by picocli, as in {@code gong mcp}.
 */
@Command(
    name = "McpMain",
    mixinStandardHelpOptions = true,
    synopsisHeading = "usage: ",
    description = "Serve the Gong actions as MCP tools over stdio (default) or streamable HTTP.")
public final class McpMain implements Callable<Integer> {

  @Option(names = "--http", description = "Serve streamable HTTP instead of stdio.")
  boolean http;

  @Option(names = "--host", description = "HTTP interface to bind (default: ${DEFAULT-VALUE}).")
  String host = McpSettings.DEFAULT_HOST;

  @Option(
      names = "--port",
      description = "HTTP port, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port = McpSettings.DEFAULT_PORT;

  @Option(names = "--token", description = "Bearer token HTTP clients must send.")
  String token;

  @Option(names = "--allow-writes", description = "Offer the write tools.")
  boolean allowWrites;

  @Option(names = "--sim", description = "Run against an embedded local Gong.")
  boolean sim;

  @Option(
      names = "--toolsets",
      description = "Tools to offer: default, all, or groups calls,users,stats,library,crm,admin.")
  String toolsets;

  @Option(
      names = "--media-dir",
      paramLabel = "DIR",
      description = "A directory the write tools may upload media files from (repeatable).")
  List<Path> mediaDirs = new ArrayList<>();

  private final PrintStream err;

  private McpMain(PrintStream err) {
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    PrintWriter writer = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new McpMain(err)).setOut(writer).setErr(writer);
    // Usage errors (unknown option, missing or bad value) exit like the launcher's.
    cli.setParameterExceptionHandler(
        (e, a) -> {
          writer.println(e.getMessage());
          e.getCommandLine().usage(writer);
          return McpLauncher.USAGE;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    McpSettings settings;
    MediaPolicy media;
    try {
      settings = new McpSettings(http, host, port, token, allowWrites, sim);
      media = mediaDirs.isEmpty() ? MediaPolicy.none() : MediaPolicy.allowing(mediaDirs);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return McpLauncher.USAGE;
    }
    McpLauncher launcher;
    try {
      launcher = new McpLauncher(settings, System.getenv(), err).toolsets(toolsets);
    } catch (IllegalArgumentException e) {
      err.println("--toolsets: " + e.getMessage());
      return McpLauncher.USAGE;
    }
    return launcher.mediaPolicy(media).run();
  }
}
