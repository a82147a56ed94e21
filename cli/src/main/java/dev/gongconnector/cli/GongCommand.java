package dev.gongconnector.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root {@code gong} command: help, version and the list of subcommands.
 *
 * <p>Described with picocli's programmatic API rather than annotations: reading annotations through
 * reflection (and the standard help mixin) was a fifth of a one-request command's time.
 */
public final class GongCommand implements Callable<Integer> {

  private CommandSpec spec;

  private GongCommand() {}

  /** The root command's model. */
  static CommandSpec spec() {
    GongCommand command = new GongCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("gong");
    command.spec = spec;
    spec.versionProvider(new VersionProvider());
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .description("Print version information and exit.")
            .build());
    UsageMessageSpec usage = spec.usageMessage();
    usage
        .autoWidth(true)
        .synopsisSubcommandLabel("COMMAND")
        .description(
            "Gong (revenue intelligence: recorded and transcribed sales calls) from the command line: list, "
                + "search and read calls and transcripts, add calls, run the seed's command format, serve agents over MCP.",
            "",
            "Without credentials every command runs against an embedded local Gong with simulated data: start with "
                + "`gong demo`, then `gong configure` to use your own Gong.")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%n")
        .footer(
            "Connection: flags --base-url/--access-key, env GONG_BASE_URL, GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET, "
                + "or a profile written by `gong configure` (--profile NAME); --sim forces the embedded local Gong.",
            "Output: the JSON envelope on stdout (--output json|table|jsonl|csv); messages and progress on stderr.",
            "Exit codes: 0 success, 1 Gong or network failure, 2 bad usage.",
            "Run `gong COMMAND --help` for the options of a command.");
    return spec;
  }

  /** {@code gong} alone prints the help, like {@code gong --help}. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
