package dev.gongconnector.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.cli.CliContext;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code gong mcp}'s programmatic model declares and parses what its annotations declare. */
class McpCommandSpecTest {

  private final CliContext context =
      CliContext.of(Map.of(), Path.of("/nonexistent-home"), new ByteArrayInputStream(new byte[0]));

  @Test
  void declaresWhatTheAnnotationsDeclare() {
    CommandSpec annotated = CommandSpec.forAnnotatedObject(new McpCommand(context));
    CommandSpec programmatic = McpCommand.spec(context);
    assertThat(describe(programmatic)).isEqualTo(describe(annotated));
    assertThat(programmatic.name()).isEqualTo(annotated.name());
    assertThat(programmatic.usageMessage().description())
        .containsExactly(annotated.usageMessage().description());
    assertThat(programmatic.mixinStandardHelpOptions()).isTrue();
    assertThat(programmatic.mixins().keySet()).isEqualTo(annotated.mixins().keySet());
  }

  @Test
  void parsesLikeTheAnnotations() {
    String[][] cases = {
      {},
      {"--http", "--port", "0", "--host", "0.0.0.0", "--token", "t0123456789abcdef"},
      {"--allow-writes", "--toolsets", "calls,stats", "--media-dir", "/a", "--media-dir", "/b"},
      {"--sim"},
      {"--base-url", "https://us-1.api.gong.io", "--access-key", "k", "--access-key-secret", "s"}
    };
    for (String[] args : cases) {
      McpCommand viaAnnotations = new McpCommand(context);
      new CommandLine(viaAnnotations).parseArgs(args);
      CommandSpec spec = McpCommand.spec(context);
      new CommandLine(spec).parseArgs(args);
      McpCommand viaSpec = (McpCommand) spec.userObject();
      assertThat(fields(viaSpec)).as(String.join(" ", args)).isEqualTo(fields(viaAnnotations));
    }
  }

  private static String fields(McpCommand c) {
    return c.http
        + " "
        + c.port
        + " "
        + c.host
        + " "
        + c.token
        + " "
        + c.allowWrites
        + " "
        + c.toolsets
        + " "
        + c.mediaDirs
        + " "
        + c.connection.resolve(new java.io.PrintWriter(new java.io.StringWriter())).source();
  }

  private static Map<String, String> describe(CommandSpec spec) {
    Map<String, String> options = new TreeMap<>();
    for (OptionSpec o : spec.options()) {
      List<String> parts = new ArrayList<>();
      parts.add(o.paramLabel());
      parts.add(String.join("\n", o.description()));
      parts.add("hidden=" + o.hidden());
      parts.add("arity=" + o.arity());
      parts.add("type=" + o.type().getName());
      parts.add("aux=" + List.of(o.auxiliaryTypes()));
      parts.add("default=" + o.defaultValue());
      parts.add("usageHelp=" + o.usageHelp() + " versionHelp=" + o.versionHelp());
      parts.add("required=" + o.required());
      options.put(String.join(" ", o.names()), String.join(" | ", parts));
    }
    return options;
  }
}
