package dev.gongconnector.actions.params;

import java.util.Locale;

/**
 * Spelling rules shared by parameter and action names: kebab-case and camelCase map to snake_case.
 */
public final class Names {

  private Names() {}

  /**
   * The snake_case form of a name: {@code callTitle}, {@code call-title}, {@code Call Title} and
   * {@code call_title} all give {@code call_title}; {@code fromDateTime} gives {@code
   * from_date_time}.
   */
  public static String canonical(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    String trimmed = name.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '-' || c == ' ' || c == '.' || c == '_') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') out.append('_');
      } else if (Character.isUpperCase(c)) {
        boolean previousLower =
            i > 0
                && (Character.isLowerCase(trimmed.charAt(i - 1))
                    || Character.isDigit(trimmed.charAt(i - 1)));
        boolean nextLower =
            i + 1 < trimmed.length()
                && Character.isLowerCase(trimmed.charAt(i + 1))
                && i > 0
                && Character.isUpperCase(trimmed.charAt(i - 1));
        if ((previousLower || nextLower)
            && out.length() > 0
            && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') end--;
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * The kebab-case form of a name in any spelling, as used for CLI commands and options: {@code
   * call-title}.
   */
  public static String kebab(String name) {
    return canonical(name).replace('_', '-');
  }

  /** The camelCase form of a canonical name: {@code callTitle}. */
  public static String camel(String canonicalName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : canonicalName.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
