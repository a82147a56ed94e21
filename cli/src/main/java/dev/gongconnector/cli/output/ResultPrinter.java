package dev.gongconnector.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.Listing;
import dev.gongconnector.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints an action's result on stdout in the chosen {@link OutputFormat} and its error, if any, on
 * stderr; returns the exit code. Stdout gets data only, so it can be piped.
 */
public final class ResultPrinter {

  /** The JSON mapper of the command line. */
  public static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputFormat format;
  private final boolean pretty;
  private final boolean hints;
  private Listing listing;

  public ResultPrinter(PrintWriter out, PrintWriter err, OutputFormat format, boolean pretty) {
    this(out, err, format, pretty, true);
  }

  /** With {@code hints} false, the notes on stderr (columns not shown, totals) are left out. */
  public ResultPrinter(
      PrintWriter out, PrintWriter err, OutputFormat format, boolean pretty, boolean hints) {
    this.out = out;
    this.err = err;
    this.format = format;
    this.pretty = pretty;
    this.hints = hints;
  }

  /** Lays out answers by {@code listing} (the action's list and row type); null to guess. */
  public ResultPrinter listing(Listing listing) {
    this.listing = listing;
    return this;
  }

  /**
   * Prints {@code result}; {@code optionName} maps a parameter named in an error to how the user
   * spelled it (e.g. {@code call_id -> --call-id}). Returns 0, 1 or 2 (see {@link ExitCodes#of}).
   */
  public int print(ActionResult result, UnaryOperator<String> optionName) {
    if (format == OutputFormat.json) {
      printJson(JSON.valueToTree(result));
    } else if (result.success()) {
      printData(result.data());
    }
    out.flush();
    if (!result.success()) err.println("gong: " + describe(result.error(), optionName));
    out.flush();
    err.flush();
    return ExitCodes.of(result);
  }

  /** Prints any JSON value: pretty or compact as configured. */
  public void printJson(JsonNode node) {
    try {
      out.println(
          pretty
              ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
              : JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** Prints {@code data} as a table, CSV or JSON Lines (or JSON when that is the format). */
  public void printData(JsonNode data) {
    if (format == OutputFormat.json) {
      printJson(data);
      return;
    }
    Rows rows = Rows.of(data, listing);
    switch (format) {
      case table:
        if (rows.records().isEmpty()) {
          out.flush();
          err.println("gong: no " + (rows.listField() == null ? "records" : rows.listField()));
        } else {
          List<String> hidden = TableRenderer.render(rows, out);
          out.flush();
          if (!hidden.isEmpty() && hints) {
            err.println(
                "gong: "
                    + hidden.size()
                    + " more column(s) not shown ("
                    + abbreviate(hidden)
                    + "): use --output csv or json");
          }
        }
        break;
      case csv:
        CsvRenderer.render(rows, out);
        break;
      case jsonl:
        for (ObjectNode record : rows.records()) out.println(record.toString());
        break;
      default:
        throw new IllegalStateException("unexpected format " + format);
    }
    out.flush();
    // Totals and ranges help a person reading a table; pipelines (csv, jsonl) only hear about
    // truncation.
    if (!rows.meta().isEmpty() && hints && format == OutputFormat.table) {
      err.println("gong: " + metaLine(rows.meta()));
    } else if (hints && rows.meta().path("truncated").asBoolean(false)) {
      err.println(
          "gong: note: the result is truncated: there is more than was returned (see the command's --help)");
    }
    out.flush();
    err.flush();
  }

  /** One line for an error: kind, message, HTTP status and Gong's requestId. */
  public static String describe(ActionError error, UnaryOperator<String> optionName) {
    StringBuilder sb = new StringBuilder();
    if (error.type() == ErrorType.INVALID_PARAMETER) {
      sb.append("invalid ");
      if (error.parameter() != null) sb.append(optionName.apply(error.parameter())).append(": ");
      else sb.append("input: ");
    } else {
      // "server_error" reads "server error: ...", "not_found" reads "not found error: ..."
      String kind = error.type().code().replace('_', ' ');
      sb.append(kind.endsWith(" error") ? kind : kind + " error").append(": ");
    }
    String message = error.message();
    if (error.type() == ErrorType.INVALID_PARAMETER && message.startsWith("missing required")) {
      // Name every missing parameter the way this front door spells it (--actual-start).
      message = QUOTED_NAME.matcher(message).replaceAll(m -> quote(optionName, m.group(1)));
    }
    sb.append(message);
    // Say the status and requestId unless the message already does ("Gong answered 404 (requestId
    // ..)").
    List<String> facts = new ArrayList<>();
    if (error.status() != null && !message.contains(String.valueOf(error.status())))
      facts.add("HTTP " + error.status());
    if (error.requestId() != null && !message.contains(error.requestId()))
      facts.add("requestId " + error.requestId());
    if (!facts.isEmpty()) sb.append(" (").append(String.join(", ", facts)).append(')');
    return sb.toString();
  }

  private static final Pattern QUOTED_NAME = Pattern.compile("'([a-z][a-z0-9_]*)'");

  private static String quote(UnaryOperator<String> optionName, String parameter) {
    String name = optionName.apply(parameter);
    return Matcher.quoteReplacement(name.startsWith("'") ? name : "'" + name + "'");
  }

  private static String metaLine(ObjectNode meta) {
    List<String> parts = new ArrayList<>();
    Rows single = Rows.of(meta);
    for (Map<String, String> row : single.flattened()) {
      row.forEach((k, v) -> parts.add(k + "=" + v));
    }
    return String.join(", ", parts);
  }

  private static String abbreviate(List<String> names) {
    if (names.size() <= 6) return String.join(", ", names);
    return String.join(", ", names.subList(0, 6)) + ", ...";
  }
}
