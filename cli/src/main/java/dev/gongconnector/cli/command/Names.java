package dev.gongconnector.cli.command;

import java.util.Locale;

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
}
