package dev.gongconnector.cli.command;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The command as the user typed it, for "Try '... --help'" hints. */
public final class TypedName {

  private TypedName() {}

  /**
   * {@code gong add-call} when the user typed {@code add-call}, not the canonical {@code gong
   * add-new-call}; the qualified name when it cannot tell (nested commands, no arguments).
   */
  public static String of(CommandSpec spec, List<String> args) {
    if (spec.parent() == null || spec.parent().parent() != null) return spec.qualifiedName();
    for (String arg : args) {
      if (arg.equals(spec.name()) || Arrays.asList(spec.aliases()).contains(arg)) {
        return spec.parent().name() + " " + arg;
      }
    }
    return spec.qualifiedName();
  }
}
