package dev.gongconnector.cli.mcp;

import static dev.gongconnector.cli.internal.FieldSetter.option;

import dev.gongconnector.cli.internal.FieldSetter;
import dev.gongconnector.cli.internal.StandardHelp;
import dev.gongconnector.mcp.McpSettings;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.OptionSpec;

/** {@link McpCommand}'s model with picocli's programmatic API (see {@link McpCommand#spec}). */
final class McpCommandSpec {

  private McpCommandSpec() {}

  static CommandSpec of(McpCommand c) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(c).name("mcp");
    c.spec = spec;
    StandardHelp.addTo(spec);
    spec.usageMessage()
        .description(
            McpCommand.DESCRIPTION_1,
            McpCommand.DESCRIPTION_2,
            McpCommand.DESCRIPTION_3,
            McpCommand.DESCRIPTION_4);
    spec.addOption(
        option("--http", "<http>", boolean.class, c.http, v -> c.http = v)
            .description("Serve streamable HTTP instead of stdio.")
            .build());
    spec.addOption(
        option("--port", "PORT", int.class, c.port, (Integer v) -> c.port = v)
            .defaultValue("" + McpSettings.DEFAULT_PORT)
            .description("HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
            .build());
    spec.addOption(
        option("--host", "HOST", String.class, c.host, v -> c.host = v)
            .defaultValue(McpSettings.DEFAULT_HOST)
            .description("HTTP interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
            .build());
    spec.addOption(
        option("--token", "TOKEN", String.class, c.token, v -> c.token = v)
            .description(
                "Bearer token HTTP clients must send (env "
                    + McpSettings.ENV_TOKEN
                    + "); generated and printed to stderr when absent.")
            .build());
    spec.addOption(
        option(
                "--allow-writes",
                "<allowWrites>",
                boolean.class,
                c.allowWrites,
                v -> c.allowWrites = v)
            .description("Offer tools that change data in Gong (add_new_call, upload_call_media).")
            .build());
    spec.addOption(
        option("--toolsets", "SETS", String.class, c.toolsets, v -> c.toolsets = v)
            .description(
                "Tools to offer: default (at most 15: calls, search, users, trackers, library"
                    + " folders), all, or groups: calls,users,stats,library,crm,admin (default may"
                    + " be one of them).")
            .build());
    IGetter dirs =
        new IGetter() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T get() {
            return (T) c.mediaDirs;
          }
        };
    spec.addOption(
        OptionSpec.builder("--media-dir")
            .paramLabel("DIR")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .initialValue(c.mediaDirs)
            .getter(dirs)
            .setter(FieldSetter.of(v -> c.mediaDirs = castPaths(v)))
            .description(
                "A directory the write tools may upload media files from (symlinks resolved;"
                    + " repeat for more). None by default: agents cannot upload local files.")
            .build());
    spec.addMixin("connection", c.connection.mixinSpec());
    return spec;
  }

  @SuppressWarnings("unchecked")
  private static List<Path> castPaths(Object value) {
    return (List<Path>) value;
  }
}
