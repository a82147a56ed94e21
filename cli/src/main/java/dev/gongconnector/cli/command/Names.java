package dev.gongconnector.cli.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** Spelling conversions between action parameter names and command-line names. */
public final class Names {

  private Names() {}

  /** {@code add_new_call}, {@code addNewCall} or {@code add-new-call} to {@code add-new-call}. */
  public static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == ' ') {
        out.append('-');
      } else if (Character.isUpperCase(c)) {
        if (i > 0
            && out.length() > 0
            && out.charAt(out.length() - 1) != '-'
            && !Character.isUpperCase(name.charAt(i - 1))) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code add-new-call}, {@code addNewCall} or {@code Add_New_Call} to {@code add_new_call}. */
  public static String snake(String name) {
    return kebab(name).replace('-', '_').toLowerCase(Locale.ROOT);
  }

  /**
   * The command as the user typed it ({@code gong add-call}, not the canonical {@code gong
   * add-new-call}), for "Try '... --help'" hints; the qualified name when it cannot tell.
   */
  public static String typed(CommandSpec spec, List<String> args) {
    if (spec.parent() == null || spec.parent().parent() != null) return spec.qualifiedName();
    for (String arg : args) {
      if (arg.equals(spec.name()) || Arrays.asList(spec.aliases()).contains(arg)) {
        return spec.parent().name() + " " + arg;
      }
    }
    return spec.qualifiedName();
  }
}
