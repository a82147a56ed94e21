package dev.gongconnector.mcp;

import dev.gongconnector.actions.calls.MediaPolicy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry of the MCP server without the {@code gong} launcher (used by tests to spawn a
 * stdio server): {@code java -cp ... dev.gongconnector.mcp.McpMain [--http] [--host H] [--port P]
 * [--token T] [--allow-writes] [--media-dir DIR]... [--sim]}. Credentials come from {@code
 * GONG_BASE_URL}, {@code GONG_ACCESS_KEY}, {@code GONG_ACCESS_KEY_SECRET}.
 */
public final class McpMain {

  static final String USAGE =
      "usage: McpMain [--http] [--host HOST] [--port PORT] [--token TOKEN] "
          + "[--allow-writes] [--media-dir DIR]... [--sim]";

  private McpMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    boolean http = false;
    boolean writes = false;
    boolean sim = false;
    String host = McpSettings.DEFAULT_HOST;
    int port = McpSettings.DEFAULT_PORT;
    String token = null;
    List<Path> mediaDirs = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--http":
            http = true;
            break;
          case "--allow-writes":
            writes = true;
            break;
          case "--sim":
            sim = true;
            break;
          case "--host":
            host = value(args, ++i, "--host");
            break;
          case "--port":
            port = Integer.parseInt(value(args, ++i, "--port"));
            break;
          case "--media-dir":
            mediaDirs.add(Path.of(value(args, ++i, "--media-dir")));
            break;
          case "--token":
            token = value(args, ++i, "--token");
            break;
          case "--help":
          case "-h":
            err.println(USAGE);
            return McpLauncher.OK;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      McpSettings settings = new McpSettings(http, host, port, token, writes, sim);
      MediaPolicy media =
          mediaDirs.isEmpty() ? MediaPolicy.none() : MediaPolicy.allowing(mediaDirs);
      return new McpLauncher(settings, System.getenv(), err).mediaPolicy(media).run();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return McpLauncher.USAGE;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }
}
