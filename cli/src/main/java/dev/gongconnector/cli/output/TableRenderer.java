package dev.gongconnector.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders rows as a plain-text table for people: at most {@value #MAX_COLUMNS} columns (the most
 * useful ones first: ids, names, titles, times, speakers, text), long cells cut with an ellipsis.
 * CSV and JSON keep every field.
 */
final class TableRenderer {

  static final int MAX_COLUMNS = 8;
  private static final int MAX_WIDTH = 40;
  private static final int MAX_TEXT_WIDTH = 72;

  /** Columns worth showing, most useful first, by flattened name. */
  private static final List<String> PREFERRED =
      List.of(
          "id",
          "callId",
          "userId",
          "name",
          "title",
          "speaker",
          "speakerName",
          "speaker.name",
          "affiliation",
          "speakerAffiliation",
          "startTime",
          "startMs",
          "started",
          "actualStart",
          "duration",
          "primaryUser.name",
          "text",
          "topic",
          "matchCount",
          "matches",
          "emailAddress",
          "direction",
          "description",
          "workspaceId");

  private static final Set<String> WIDE =
      Set.of("text", "title", "description", "matches", "brief");

  private TableRenderer() {}

  /** Prints the table; returns the names of the columns left out (for a hint on stderr). */
  static List<String> render(Rows rows, PrintWriter out) {
    List<Map<String, String>> flat = rows.flattened();
    if (rows.single() && flat.size() == 1) {
      printKeyValues(flat.get(0), out);
      return List.of();
    }
    List<String> all = nonEmptyColumns(rows.columns(), flat);
    List<String> shown = choose(all, rows.inheritedColumns());
    List<String[]> lines = new ArrayList<>();
    lines.add(shown.toArray(new String[0]));
    for (Map<String, String> row : flat) {
      String[] cells = new String[shown.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] =
            clip(
                row.getOrDefault(shown.get(i), ""),
                WIDE.contains(last(shown.get(i))) ? MAX_TEXT_WIDTH : MAX_WIDTH);
      }
      lines.add(cells);
    }
    print(lines, out);
    List<String> hidden = new ArrayList<>(all);
    hidden.removeAll(shown);
    return hidden;
  }

  private static void printKeyValues(Map<String, String> row, PrintWriter out) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"FIELD", "VALUE"});
    row.forEach(
        (k, v) -> {
          if (!v.isEmpty()) lines.add(new String[] {k, clip(v, 100)});
        });
    print(lines, out);
  }

  private static List<String> nonEmptyColumns(
      List<String> columns, List<Map<String, String>> rows) {
    List<String> out = new ArrayList<>();
    for (String column : columns) {
      for (Map<String, String> row : rows) {
        String v = row.get(column);
        if (v != null && !v.isEmpty()) {
          out.add(column);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Picks at most {@value #MAX_COLUMNS} columns: the preferred ones by priority, then others in
   * order of appearance except links, secondary ids and (for exploded transcripts) the fields
   * repeated from the call.
   */
  private static List<String> choose(List<String> all, Set<String> inherited) {
    if (all.size() <= MAX_COLUMNS) return all;
    Set<String> picked = new LinkedHashSet<>();
    for (String name : PREFERRED) {
      boolean repeated =
          inherited.contains(name) && !name.toLowerCase(java.util.Locale.ROOT).endsWith("id");
      if (all.contains(name) && !repeated && picked.size() < MAX_COLUMNS) picked.add(name);
    }
    for (String name : all) {
      if (picked.size() >= MAX_COLUMNS) break;
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (name.contains(".")
          || lower.endsWith("url")
          || lower.endsWith("id")
          || inherited.contains(name)) continue;
      picked.add(name);
    }
    // Records made only of nested objects: take their fields rather than print an empty table.
    for (String name : all) {
      if (picked.size() >= Math.min(MAX_COLUMNS, 4)) break;
      if (!name.toLowerCase(java.util.Locale.ROOT).endsWith("url")) picked.add(name);
    }
    List<String> ordered = new ArrayList<>();
    for (String name : all) {
      if (picked.contains(name)) ordered.add(name);
    }
    return ordered;
  }

  private static void print(List<String[]> lines, PrintWriter out) {
    int columns = lines.get(0).length;
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], line[i].length());
    }
    for (int l = 0; l < lines.size(); l++) {
      String[] line = lines.get(l);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = l == 0 ? line[i].toUpperCase(java.util.Locale.ROOT) : line[i];
        sb.append(cell);
        if (i < columns - 1) sb.append(" ".repeat(widths[i] - cell.length() + 2));
      }
      out.println(sb.toString().stripTrailing());
    }
  }

  private static String clip(String value, int width) {
    String oneLine = value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
  }

  private static String last(String column) {
    int dot = column.lastIndexOf('.');
    return dot < 0 ? column : column.substring(dot + 1);
  }
}
