package dev.gongconnector.cli.output;

/** How a command prints its result on stdout. */
public enum OutputFormat {
  /**
   * The action's envelope {@code {"success":..,"data":..}}: pretty on a terminal, one line
   * otherwise.
   */
  json,
  /**
   * A readable table of the list inside {@code data} (calls, users, sentences...), or field/value
   * pairs.
   */
  table,
  /** One compact JSON object per line for each element of the list inside {@code data}. */
  jsonl,
  /** RFC 4180 CSV with a header row: every (flattened) field of the list inside {@code data}. */
  csv
}
