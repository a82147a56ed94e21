package dev.gongconnector.cli.internal;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -h/--help} and {@code -V/--version} options that picocli's {@code
 * mixinStandardHelpOptions} adds, built with the programmatic API: picocli reads that mixin's
 * annotations through reflection, which generates annotation proxy classes at run time (a tenth of
 * the work before a one-request command's request). Same names, descriptions and mixin name, so
 * help texts and {@link CommandSpec#mixinStandardHelpOptions()} are unchanged.
 */
public final class StandardHelp {

  /** The mixin name picocli uses for its standard help options. */
  static final String MIXIN = "mixinStandardHelpOptions";

  private StandardHelp() {}

  /** Adds the standard help options to {@code spec}, as {@code mixinStandardHelpOptions(true)}. */
  public static void addTo(CommandSpec spec) {
    CommandSpec mixin = CommandSpec.create();
    mixin.addOption(
        OptionSpec.builder("-h", "--help")
            .paramLabel("<helpRequested>") // picocli's label for it (never shown: no value)
            .usageHelp(true)
            .type(boolean.class)
            .descriptionKey(MIXIN + ".help")
            .description("Show this help message and exit.")
            .build());
    mixin.addOption(
        OptionSpec.builder("-V", "--version")
            .paramLabel("<versionRequested>")
            .versionHelp(true)
            .type(boolean.class)
            .descriptionKey(MIXIN + ".version")
            .description("Print version information and exit.")
            .build());
    spec.addMixin(MIXIN, mixin);
  }
}
