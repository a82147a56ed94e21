package dev.gongconnector.cli.output;

import static dev.gongconnector.cli.internal.FieldSetter.option;

import dev.gongconnector.cli.CliContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The output options every command that prints a result shares, as a picocli mixin. */
public final class OutputOptions {

  // Each description once: the annotations (fixed commands) and mixinSpec (generated ones) use it.
  private static final String FORMAT = "Output format: ${COMPLETION-CANDIDATES} (default: json).";
  private static final String PRETTY =
      "Pretty-print JSON (default: only when stdout is a terminal; env GONG_PRETTY).";
  private static final String PROGRESS =
      "Show progress on stderr (default: when stderr is a terminal; env GONG_PROGRESS).";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = FORMAT)
  OutputFormat format;

  @Option(names = "--pretty", negatable = true, description = PRETTY)
  Boolean pretty;

  @Option(names = "--progress", negatable = true, description = PROGRESS)
  Boolean progress;

  public OutputOptions() {}

  public OutputOptions(OutputFormat format, Boolean pretty) {
    this.format = format;
    this.pretty = pretty;
  }

  /**
   * These options as a mixin spec built with picocli's programmatic API, for generated commands:
   * the same options as the annotations above (a test compares them), without reading them by
   * reflection at start-up.
   */
  public CommandSpec mixinSpec() {
    CommandSpec spec = CommandSpec.create();
    spec.addOption(
        option("--output", "FORMAT", OutputFormat.class, format, v -> format = v)
            .names("-o", "--output")
            .description(FORMAT)
            .build());
    spec.addOption(
        option("--pretty", "<pretty>", Boolean.class, pretty, v -> pretty = v)
            .negatable(true)
            .description(PRETTY)
            .build());
    spec.addOption(
        option("--progress", "<progress>", Boolean.class, progress, v -> progress = v)
            .negatable(true)
            .description(PROGRESS)
            .build());
    return spec;
  }

  /** The format asked for, or {@code fallback} when none was. */
  public OutputFormat format(OutputFormat fallback) {
    return format == null ? fallback : format;
  }

  /** Whether JSON is pretty-printed, given the terminal default. */
  public boolean pretty(boolean byDefault) {
    return pretty == null ? byDefault : pretty;
  }

  /** Whether progress is drawn on stderr: as asked, else as the context says. */
  public boolean progress(CliContext context) {
    return progress == null ? context.progressEnabled() : progress;
  }

  /**
   * A printer to the command's stdout and stderr in the format asked for ({@code fallback} when
   * none was), pretty-printing as asked or as the terminal default says.
   */
  public ResultPrinter printer(CommandSpec spec, CliContext context, OutputFormat fallback) {
    return new ResultPrinter(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        format(fallback),
        pretty(context.prettyByDefault()));
  }
}
