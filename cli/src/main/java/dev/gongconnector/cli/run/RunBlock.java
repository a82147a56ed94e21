package dev.gongconnector.cli.run;

import java.util.List;

/**
 * One request of a {@code gong run} file: the action and its {@code key: value} lines, with line
 * numbers for error messages.
 *
 * @param line the first line of the block
 * @param action the action name as written (e.g. {@code add-call})
 * @param actionLine the line of {@code action:}
 * @param entries the parameters in file order
 */
public record RunBlock(int line, String action, int actionLine, List<Entry> entries) {

  public RunBlock {
    entries = List.copyOf(entries);
  }

  /**
   * One {@code key: value} line (the value may continue over several lines when it is JSON).
   *
   * @param key the key as written
   * @param value the raw value text
   * @param line the line of the key
   */
  public record Entry(String key, String value, int line) {}
}
