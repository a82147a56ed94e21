package dev.gongconnector.cli.run;

import dev.gongconnector.cli.CliUsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the seed's text command format into {@link RunBlock}s.
 *
 * <pre>
 * /your-gong-connection              (optional: starts a block, otherwise ignored)
 * action: add-call
 * call-title: Sales Call with Jane Smith
 * participants: [{"name": "Jane Smith", "mediaChannelId": 0, "phoneNumber": "+1 555-555-1212"}]
 * </pre>
 *
 * <p>Rules: one {@code key: value} per line, split at the first colon (values may contain colons:
 * URLs, times). Blank lines and {@code #} comments are ignored. A JSON value ({@code [..]} or
 * {@code {..}}) may continue over the following lines until its brackets close. A new block starts
 * at a {@code ---} line, a {@code /connection} line, or an {@code action:} line when the current
 * block already has one. Errors name the line: {@code line 4: expected 'key: value', got 'foo'}.
 */
public final class RunFileParser {

  private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(.*)$");

  /** Longest line accepted: far above any real value, low enough to refuse a runaway input. */
  static final int MAX_LINE = 1_000_000;

  private RunFileParser() {}

  /**
   * The blocks of {@code text}; throws {@link CliUsageException} naming the line of the first
   * problem.
   */
  public static List<RunBlock> parse(String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String[] lines = text.split("\r?\n|\r", -1);
    List<RunBlock> blocks = new ArrayList<>();
    Builder current = new Builder();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      if (lines[i].length() > MAX_LINE) {
        throw error(number, "the line is longer than " + MAX_LINE + " characters");
      }
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.equals("---") || line.startsWith("/")) {
        current.finish(blocks);
        current = new Builder();
        if (line.startsWith("/")) current.start = number;
        continue;
      }
      Matcher m = KEY_VALUE.matcher(line);
      if (!m.matches()) {
        throw error(number, "expected 'key: value', got '" + abbreviate(line) + "'");
      }
      String key = m.group(1);
      String value = m.group(2).strip();
      if (value.startsWith("[") || value.startsWith("{")) {
        // A JSON value may span lines: read on until its brackets balance.
        StringBuilder json = new StringBuilder(value);
        int depth = depth(value);
        int first = number;
        while (depth > 0 && i + 1 < lines.length) {
          i++;
          json.append('\n').append(lines[i]);
          depth = depth(json.toString());
        }
        if (depth > 0)
          throw error(first, "'" + key + "': the JSON value is not closed (missing ']' or '}')");
        value = json.toString().strip();
      }
      if (key.equalsIgnoreCase("action")) {
        if (current.action != null) {
          current.finish(blocks);
          current = new Builder();
        }
        if (value.isEmpty()) throw error(number, "'action:' needs a name, e.g. 'action: get-call'");
        current.action(value, number);
        continue;
      }
      current.entry(key, value, number);
    }
    current.finish(blocks);
    if (blocks.isEmpty())
      throw new CliUsageException(
          "no request found: expected 'action: NAME' and 'key: value' lines");
    return blocks;
  }

  /** Open brackets minus closed ones, outside JSON strings. */
  static int depth(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return depth;
  }

  static CliUsageException error(int line, String message) {
    return new CliUsageException("line " + line + ": " + message);
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }

  private static final class Builder {
    int start;
    String action;
    int actionLine;
    final List<RunBlock.Entry> entries = new ArrayList<>();
    final Map<String, Integer> seen = new HashMap<>();

    void action(String name, int line) {
      action = name;
      actionLine = line;
      if (start == 0) start = line;
    }

    void entry(String key, String value, int line) {
      String normalized = key.toLowerCase(Locale.ROOT).replace('-', '_');
      Integer previous = seen.putIfAbsent(normalized, line);
      if (previous != null)
        throw error(line, "'" + key + "' given twice (first on line " + previous + ")");
      entries.add(new RunBlock.Entry(key, value, line));
      if (start == 0) start = line;
    }

    void finish(List<RunBlock> blocks) {
      if (action == null && entries.isEmpty()) return;
      if (action == null)
        throw error(start, "this request has no 'action:' line (e.g. 'action: get-call')");
      blocks.add(new RunBlock(start, action, actionLine, entries));
    }
  }
}
