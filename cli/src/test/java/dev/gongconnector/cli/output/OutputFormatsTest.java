package dev.gongconnector.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.Listing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputFormatsTest {

  static final String CALLS =
      "{\"calls\":[{\"callId\":\"1\",\"title\":\"Intro, with \\\"Acme\\\"\",\"duration\":60,"
          + "\"primaryUser\":{\"userId\":\"u1\",\"name\":\"John Doe\"},\"parties\":[{\"name\":\"John\"},{\"name\":\"Jane\"}]},"
          + "{\"callId\":\"2\",\"title\":\"Demo\",\"duration\":120}],"
          + "\"pagination\":{\"totalRecords\":2,\"pageSize\":10,\"currentPage\":1}}";

  static final String TRANSCRIPTS =
      "{\"transcripts\":[{\"callId\":\"6\",\"speakers\":[],\"sentences\":[]},{\"callId\":\"7\",\"transcript\":[{\"speakerName\":\"Jane\","
          + "\"topic\":\"Pricing\",\"sentences\":[{\"start\":0,\"end\":900,\"text\":\"Hello\"},{\"start\":900,\"end\":1500,"
          + "\"text\":\"What does it cost?\"}]},{\"speakerName\":\"John\",\"sentences\":[{\"start\":1600,\"text\":\"Ten\"}]}]}]}";

  static JsonNode json(String s) throws Exception {
    return ResultPrinter.JSON.readTree(s);
  }

  static final Listing CALL_LIST = new Listing("calls", null);

  static String[] render(OutputFormat format, ActionResult result, boolean pretty) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new ResultPrinter(new PrintWriter(out), new PrintWriter(err), format, pretty)
            .listing(CALL_LIST)
            .print(result, p -> "--" + p);
    return new String[] {out.toString(), err.toString(), String.valueOf(code)};
  }

  @Test
  void rowsTakeTheDeclaredListAndKeepTheRestAsMeta() throws Exception {
    Rows rows = Rows.of(json(CALLS), CALL_LIST);
    assertThat(rows.listField()).isEqualTo("calls");
    assertThat(rows.records()).hasSize(2);
    assertThat(rows.meta().has("pagination")).isTrue();
    Map<String, String> first = rows.flattened().get(0);
    assertThat(first)
        .containsEntry("primaryUser.name", "John Doe")
        .containsEntry("parties", "John; Jane");
  }

  @Test
  void transcriptsExplodeToSentencesKeepingCallAndSpeaker() throws Exception {
    List<Map<String, String>> all =
        Rows.of(json(TRANSCRIPTS), new Listing("transcripts", null)).flattened();
    assertThat(all).hasSize(4);
    assertThat(all.get(0))
        .containsOnlyKeys("callId"); // no sentences: one row, without the empty lists
    List<Map<String, String>> rows = all.subList(1, 4);
    assertThat(rows.get(1))
        .containsEntry("callId", "7")
        .containsEntry("speakerName", "Jane")
        .containsEntry("text", "What does it cost?")
        .containsEntry("topic", "Pricing");
    assertThat(rows.get(2)).containsEntry("speakerName", "John").containsEntry("text", "Ten");
  }

  @Test
  void jsonIsTheEnvelopeCompactOrPretty() throws Exception {
    ActionResult ok = ActionResult.ok(json(CALLS));
    String[] compact = render(OutputFormat.json, ok, false);
    assertThat(compact[0].trim())
        .startsWith("{\"success\":true,\"data\":{\"calls\":")
        .doesNotContain("\n");
    assertThat(compact[2]).isEqualTo("0");
    String[] pretty = render(OutputFormat.json, ok, true);
    assertThat(pretty[0]).contains("\n  \"success\" : true");
  }

  @Test
  void tableCsvAndJsonl() throws Exception {
    ActionResult ok = ActionResult.ok(json(CALLS));
    String[] table = render(OutputFormat.table, ok, false);
    String[] lines = table[0].split("\n");
    assertThat(lines[0]).startsWith("CALLID").contains("TITLE").contains("PRIMARYUSER.NAME");
    assertThat(lines).hasSize(3);
    assertThat(table[1]).contains("pagination.totalRecords=2");

    String[] csv = render(OutputFormat.csv, ok, false);
    assertThat(csv[0])
        .startsWith("callId,title,duration,primaryUser.userId,primaryUser.name,parties\r\n");
    assertThat(csv[0]).contains("1,\"Intro, with \"\"Acme\"\"\",60,u1,John Doe,John; Jane\r\n");

    String[] jsonl = render(OutputFormat.jsonl, ok, false);
    assertThat(jsonl[0].split("\n")).hasSize(2);
    assertThat(json(jsonl[0].split("\n")[1]).get("callId").asText()).isEqualTo("2");
  }

  @Test
  void aSingleObjectIsAFieldValueTable() throws Exception {
    String call =
        "{\"callId\":\"5\",\"title\":\"T\",\"parties\":[{\"name\":\"Jane\"},{\"name\":\"John\"}]}";
    String[] table = render(OutputFormat.table, ActionResult.ok(json(call)), false);
    assertThat(table[0]).startsWith("FIELD").contains("callId   5").contains("parties  Jane; John");
    assertThat(Rows.of(json(call)).single()).isTrue();
  }

  @Test
  void failuresGoToStderrWithTheExitCode() {
    ActionResult invalid =
        ActionResult.failure(ActionError.invalidParameter("call_id", "is required"));
    String[] table = render(OutputFormat.table, invalid, false);
    assertThat(table[0]).isEmpty();
    assertThat(table[1]).contains("gong: invalid --call_id: is required");
    assertThat(table[2]).isEqualTo("2");
    ActionResult notFound =
        ActionResult.failure(new ActionError(ErrorType.NOT_FOUND, "no call 5", 404, "req-1", null));
    String[] json = render(OutputFormat.json, notFound, false);
    assertThat(json[0]).contains("\"success\":false").contains("\"requestId\":\"req-1\"");
    assertThat(json[1]).contains("not found error: no call 5 (HTTP 404, requestId req-1)");
    assertThat(json[2]).isEqualTo("1");
  }

  record Host(String userId, String name) {}

  record Paging(int count, boolean truncated) {}

  record Row(
      String id,
      @com.fasterxml.jackson.annotation.JsonProperty("isPrivate") Boolean isPrivate,
      Host host,
      List<Host> parties,
      String note) {}

  record Answer(
      List<Host> users,
      List<Row> entries,
      @com.fasterxml.jackson.annotation.JsonUnwrapped Paging paging) {}

  @Test
  void aDeclaredListingGivesTheListAndTheColumnsFromTheRowType() throws Exception {
    // The declaration says "entries", not the other list.
    JsonNode data =
        ResultPrinter.JSON.valueToTree(
            new Answer(
                List.of(new Host("9", "Ann")),
                List.of(
                    new Row("1", true, new Host("7", "Jo"), List.of(new Host("8", "Al")), null),
                    new Row("2", null, null, List.of(), "late")),
                new Paging(2, false)));
    Listing listing = new Listing("entries", Row.class);
    Rows rows = Rows.of(data, listing);
    assertThat(rows.listField()).isEqualTo("entries");
    assertThat(rows.columns())
        .containsExactly("id", "isPrivate", "host.userId", "host.name", "parties", "note");
    assertThat(rows.meta().has("count")).isTrue();

    StringWriter out = new StringWriter();
    new ResultPrinter(
            new PrintWriter(out), new PrintWriter(new StringWriter()), OutputFormat.csv, false)
        .listing(listing)
        .print(ActionResult.ok(data), p -> p);
    // Every column of the type, also those empty in every row; cells of absent fields are empty.
    assertThat(out.toString())
        .isEqualTo(
            "id,isPrivate,host.userId,host.name,parties,note\r\n"
                + "1,true,7,Jo,Al,\r\n"
                + "2,,,,,late\r\n");
    // Without a declaration nothing is guessed: the answer is one row.
    assertThat(Rows.of(data).single()).isTrue();
  }
}
