package dev.gongconnector.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionRunner;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The steps of {@code gong demo}. Each step runs an action through the same code path as its
 * subcommand and prints the equivalent command line first; a later step uses what an earlier one
 * found (a call id, a user), as a person would.
 */
final class DemoScript {

  private static final int STEPS = 6;
  private static final java.util.Set<String> SEED_NAMES =
      java.util.Set.of("add-call", "get-call", "search-calls");

  private final PrintWriter out;
  private final PrintWriter err;
  private final CliContext context;
  private final ActionCatalog catalog;
  private final GongConnection gong;
  private int step;
  private boolean ok = true;

  DemoScript(
      PrintWriter out,
      PrintWriter err,
      CliContext context,
      ActionCatalog catalog,
      GongConnection gong) {
    this.out = out;
    this.err = err;
    this.context = context;
    this.catalog = catalog;
    this.gong = gong;
  }

  /** Runs every step; false when one failed. */
  boolean run() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String from = today.minusDays(14).toString();
    out.println(
        "Welcome to gong, the command line for Gong. This tour runs on an embedded local Gong with a");
    out.println("simulated company; each step shows the command, so you can run it yourself.");

    step(
        "Which workspaces does the company have?",
        "list_workspace_id_options",
        params(),
        OutputFormat.table);

    step(
        "Calls of the last two weeks (at most 10)",
        "list_calls",
        params().put("from_date", from).put("to_date", today.toString()).put("max_results", 10),
        OutputFormat.table);

    ObjectNode search =
        params().put("from_date", from).put("to_date", today.toString()).put("page_size", 5);
    search.putArray("keywords").add("pricing");
    JsonNode found =
        step(
            "Which of them talked about pricing? (title, topics, trackers, transcripts...)",
            "search_calls",
            search,
            OutputFormat.table);
    JsonNode call = first(found, "calls");
    String callId = text(call, "callId", "id");

    if (callId != null) {
      ObjectNode transcript = params().put("max_sentences_per_call", 8);
      transcript.putArray("call_ids").add(callId);
      step(
          "What was said in the first of them, and by whom",
          "retrieve_transcripts_of_calls",
          transcript,
          OutputFormat.table);
    } else {
      skip("no call found to read a transcript of");
    }

    JsonNode host = call == null ? null : call.get("primaryUser");
    String userId = text(host, "userId", "id");
    if (userId != null) {
      Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      String unique = "gong-demo-" + start.getEpochSecond();
      ObjectNode add =
          params()
              .put("client_unique_id", unique)
              .put("actual_start", start.toString())
              .put("call_title", "Discovery call with Jane Smith (added by gong demo)")
              .put("direction", "Outbound")
              .put("disposition", "Intro Call")
              .put("primary_user", userId)
              .put("download_media_url", "https://example.com/recordings/" + unique + ".mp3");
      ArrayNode parties = add.putArray("participants");
      ObjectNode internal = parties.addObject().put("userId", userId).put("mediaChannelId", 1);
      if (text(host, "name") != null) internal.put("name", text(host, "name"));
      if (text(host, "emailAddress") != null)
        internal.put("emailAddress", text(host, "emailAddress"));
      parties
          .addObject()
          .put("name", "Jane Smith")
          .put("phoneNumber", "+1 555-555-1212")
          .put("mediaChannelId", 0);
      JsonNode added =
          step(
              "Add a call recorded elsewhere (your dialer, your recorder)",
              "add_new_call",
              add,
              OutputFormat.json);
      if (added != null) {
        step(
            "...and there it is, listed with the calls of that minute",
            "list_calls",
            params()
                .put("from_date", start.toString())
                .put("to_date", start.plusSeconds(60).toString()),
            OutputFormat.table);
      }
    } else {
      skip("no user found to host a new call");
    }

    out.println();
    out.println(ok ? "That's the tour." : "The tour hit a problem (see above).");
    out.println(
        "Next: `gong configure` saves your Gong API key (Company Settings > Ecosystem > API); then the same");
    out.println(
        "commands run against your own Gong. `gong --help` lists every command, `gong COMMAND --help` its options,");
    out.println(
        "`gong run FILE` runs requests written as 'action: add-call' and 'key: value' lines.");
    out.println(
        "Note: without credentials each command starts its own embedded Gong, so a call added by one command");
    out.println("is gone for the next; `gong sim` runs one that lasts.");
    out.flush();
    return ok;
  }

  /**
   * Prints the step's command line, runs it and prints the result; returns {@code data}, or null on
   * failure.
   */
  private JsonNode step(String title, String actionName, ObjectNode params, OutputFormat format) {
    step++;
    out.println();
    out.println("[" + step + "/" + STEPS + "] " + title);
    Action described = catalog.find(actionName);
    if (described == null) {
      skip("this build has no action " + actionName);
      return null;
    }
    // Keep only parameters the action declares, so the printed command always works.
    JsonNode properties = described.inputSchema().path("properties");
    ObjectNode known = params();
    params
        .properties()
        .forEach(
            e -> {
              if (properties.has(e.getKey())) known.set(e.getKey(), e.getValue());
            });
    String[] output =
        format == OutputFormat.json ? new String[0] : new String[] {"--output", format.name()};
    // Show the seed's command names where the action has them (add-call rather than add-new-call).
    String command = Names.kebab(described.name());
    for (String alias : described.aliases()) {
      if (SEED_NAMES.contains(Names.kebab(alias))) command = Names.kebab(alias);
    }
    out.println("$ " + ShellQuote.command(command, known, output));
    out.flush();
    ActionResult result =
        ActionRunner.run(catalog.bind(described.name(), gong), known, context, err);
    int code =
        new ResultPrinter(out, err, format, true, false)
            .listing(described.listing())
            .print(result, p -> "--" + Names.kebab(p));
    if (code != 0) {
      ok = false;
      return null;
    }
    return result.data();
  }

  private void skip(String why) {
    out.println("(skipped: " + why + ")");
  }

  private static ObjectNode params() {
    return JsonNodeFactory.instance.objectNode();
  }

  private static JsonNode first(JsonNode data, String list) {
    JsonNode items = data == null ? null : data.get(list);
    return items != null && items.isArray() && items.size() > 0 ? items.get(0) : null;
  }

  private static String text(JsonNode node, String... names) {
    if (node == null) return null;
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) return v.asText();
    }
    return null;
  }
}
