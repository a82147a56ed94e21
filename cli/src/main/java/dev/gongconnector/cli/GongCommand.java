package dev.gongconnector.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code gong} command: help, version and the list of subcommands. */
@Command(
    name = "gong",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Gong (revenue intelligence: recorded and transcribed sales calls) from the command line: list, "
          + "search and read calls and transcripts, add calls, run the seed's command format, serve agents over MCP.",
      "",
      "Without credentials every command runs against an embedded local Gong with simulated data: start with "
          + "`gong demo`, then `gong configure` to use your own Gong."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Connection: flags --base-url/--access-key, env GONG_BASE_URL, GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET, "
          + "or a profile written by `gong configure` (--profile NAME); --sim forces the embedded local Gong.",
      "Output: the JSON envelope on stdout (--output json|table|jsonl|csv); messages and progress on stderr.",
      "Exit codes: 0 success, 1 Gong or network failure, 2 bad usage.",
      "Run `gong COMMAND --help` for the options of a command."
    })
public final class GongCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** {@code gong} alone prints the help, like {@code gong --help}. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
