package dev.gongconnector.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Renders rows as RFC 4180 CSV: a header row, every flattened field, quotes only where needed. */
final class CsvRenderer {

  private CsvRenderer() {}

  static void render(Rows rows, PrintWriter out) {
    List<Map<String, String>> flat = rows.flattened();
    List<String> columns = rows.columns();
    if (columns.isEmpty()) return;
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) line.append(',');
      line.append(quote(columns.get(i)));
    }
    out.print(line.append("\r\n"));
    for (Map<String, String> row : flat) {
      line.setLength(0);
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) line.append(',');
        line.append(quote(row.getOrDefault(columns.get(i), "")));
      }
      out.print(line.append("\r\n"));
    }
    out.flush();
  }

  static String quote(String value) {
    boolean needs =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty()
                && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
