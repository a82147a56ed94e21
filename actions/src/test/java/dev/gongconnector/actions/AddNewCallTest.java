package dev.gongconnector.actions;

import static dev.gongconnector.actions.LocalGong.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddNewCallTest {

  /** The directory the registry may upload media files from. */
  @TempDir static Path mediaDir;

  private static LocalGong gong;
  private static ActionRegistry actions;
  private static String host;
  private static int unique;

  @BeforeAll
  static void start() {
    gong = new LocalGong(10);
    actions = gong.registry(true, mediaDir);
    for (JsonNode u :
        ResultAssert.ok(actions.execute("list_users", json("{\"include_inactive\":false}")))
            .path("users")) {
      host = u.path("id").asText();
      break;
    }
  }

  @AfterAll
  static void stop() {
    gong.close();
  }

  /**
   * The seed's add-call example in its own command format (kebab-case keys, participants as a JSON
   * string).
   */
  private static String seedExample(String clientUniqueId, String extra) {
    return "{\"actual-start\":\"2025-01-13T01:30:00-08:00\",\"client-unique-id\":\""
        + clientUniqueId
        + "\","
        + "\"call-title\":\"Sales Call with Jane Smith\",\"direction\":\"Outbound\",\"disposition\":\"Intro Call\","
        + "\"participants\":\"[{\\\"emailAddress\\\": \\\"john.doe@example.com\\\", \\\"mediaChannelId\\\": 1, "
        + "\\\"name\\\": \\\"John Doe\\\", \\\"userId\\\": \\\""
        + host
        + "\\\"}, {\\\"mediaChannelId\\\": 0, "
        + "\\\"name\\\": \\\"Jane Smith\\\", \\\"phoneNumber\\\": \\\"+1 555-555-1212\\\"}]\","
        + "\"primary-user\":\""
        + host
        + "\""
        + extra
        + "}";
  }

  private static String next() {
    return "unique_call_id_" + (++unique) + "_" + System.nanoTime();
  }

  @Test
  void addsTheSeedExampleAndReadsItBack() {
    String id = next();
    JsonNode data =
        ResultAssert.ok(
            actions.execute(
                "add-call",
                json(
                    seedExample(
                        id,
                        ",\"download-media-url\":\"https://example.com/path/to/"
                            + id
                            + ".mp3\""))));
    assertThat(data.path("callId").asText()).matches("\\d+");
    assertThat(data.path("status").asText()).isEqualTo("Processing");
    assertThat(data.path("alreadyExisted").asBoolean()).isFalse();
    assertThat(data.path("requestId").asText()).isNotBlank();

    JsonNode call =
        ResultAssert.ok(
            actions.execute(
                "get-call", json("{\"call-id\":\"" + data.path("callId").asText() + "\"}")));
    assertThat(call.path("id").asText()).isEqualTo(data.path("callId").asText());
    assertThat(call.path("title").asText()).isEqualTo("Sales Call with Jane Smith");
    assertThat(call.path("direction").asText()).isEqualTo("Outbound");
    assertThat(call.path("primaryUser").path("userId").asText()).isEqualTo(host);

    // The seed's start has zero seconds: every action must still write it the same full ISO-8601
    // way.
    JsonNode transcripts =
        ResultAssert.ok(
            actions.execute(
                "retrieve_transcripts_of_calls",
                json("{\"call_ids\":[\"" + data.path("callId").asText() + "\"]}")));
    assertThat(transcripts.path("transcripts").get(0).path("started").asText())
        .isEqualTo(call.path("started").asText())
        .isEqualTo("2025-01-13T09:30:00Z");
  }

  @Test
  void aRepeatedClientUniqueIdReturnsTheExistingCall() {
    String id = next();
    String url = ",\"download_media_url\":\"https://example.com/" + id + ".mp3\"";
    JsonNode first = ResultAssert.ok(actions.execute("add_new_call", json(seedExample(id, url))));
    JsonNode again = ResultAssert.ok(actions.execute("add_new_call", json(seedExample(id, url))));
    assertThat(again.path("callId").asText()).isEqualTo(first.path("callId").asText());
    assertThat(again.path("alreadyExisted").asBoolean()).isTrue();
  }

  @Test
  void takesEveryGongFieldInCamelCaseToo() {
    JsonNode data =
        ResultAssert.ok(
            actions.execute(
                "add_new_call",
                json(
                    "{\"clientUniqueId\":\""
                        + next()
                        + "\","
                        + "\"actualStart\":\"2025-01-13T09:30:00Z\",\"direction\":\"conference\",\"primaryUser\":\""
                        + host
                        + "\","
                        + "\"parties\":[{\"userId\":\""
                        + host
                        + "\",\"partyId\":\"p1\"},{\"name\":\"Ann\",\"partyId\":\"p2\"}],"
                        + "\"title\":\"All fields\",\"purpose\":\"Demo\",\"scheduledStart\":\"2025-01-13T09:00:00Z\","
                        + "\"scheduledEnd\":\"2025-01-13T10:00:00Z\",\"duration\":\"125.8\",\"meetingUrl\":\"https://zoom.us/j/1\","
                        + "\"callProviderCode\":\"zoom\",\"workspaceId\":null,\"languageCode\":\"en-US\",\"customData\":\"x\","
                        + "\"context\":[{\"system\":\"Salesforce\",\"objects\":[{\"objectType\":\"Opportunity\",\"objectId\":\"006\"}]}],"
                        + "\"speakersTimeline\":{\"precise\":false,\"speechSegments\":[{\"fromTime\":0,\"toTime\":1000,"
                        + "\"partyIds\":[\"p1\"]}]}}")));
    assertThat(data.path("callId").asText()).matches("\\d+");
    assertThat(data.path("media").asText()).contains("upload_call_media");
  }

  @Test
  void refusesBadInputAndSendsNothing() {
    long before = gong.sim.requestCount();
    expectInvalid(seedExample(next(), ",\"purpose\":\"" + "x".repeat(256) + "\""), "purpose");
    expectInvalid(seedExample(next(), "").replace("\"Outbound\"", "\"Sideways\""), "direction");
    expectInvalid(
        seedExample(next(), "").replace("\"2025-01-13T01:30:00-08:00\"", "\"13/01/2025\""),
        "actual_start");
    expectInvalid(
        seedExample(next(), "").replace("\\\"mediaChannelId\\\": 1", "\\\"mediaChannelId\\\": 2"),
        "participants");
    expectInvalid(seedExample(next(), "").replace("}]\"", "\""), "participants");
    expectInvalid(
        seedExample(next(), "")
            .replace("\"primary-user\":\"" + host + "\"", "\"primary-user\":\"42\""),
        "primary_user");
    expectInvalid(
        seedExample(next(), ",\"disposition\":\"" + "y".repeat(256) + "\"")
            .replace("\"disposition\":\"Intro Call\",", ""),
        "disposition");
    expectInvalid(seedExample(next(), ",\"media_file\":\"/no/such/file.mp3\""), "media_file");
    expectInvalid(
        seedExample(next(), ",\"download_media_url\":\"ftp://x/y.mp3\""), "download_media_url");
    expectInvalid("{\"direction\":\"Inbound\"}", "client_unique_id");
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }

  private static void expectInvalid(String params, String parameter) {
    ActionError e =
        ResultAssert.failed(actions.execute("add_new_call", json(params)), "invalid_parameter");
    assertThat(e.parameter()).as(e.message()).isEqualTo(parameter);
    assertThat(e.status()).isNull();
  }

  @Test
  void uploadsALocalMediaFileAfterCreatingTheCall() throws IOException {
    Path file = mediaDir.resolve("call.mp3");
    Files.write(file, new byte[300_000]);
    List<Long> progress = new ArrayList<>();
    AtomicLong total = new AtomicLong();
    ActionResult r =
        actions
            .find("add-call")
            .orElseThrow()
            .execute(
                json(seedExample(next(), ",\"media_file\":\"" + file + "\"")),
                (stage, done, all) -> {
                  progress.add(done);
                  total.set(all);
                });
    JsonNode data = ResultAssert.ok(r);
    assertThat(data.path("media").asText()).isEqualTo("uploaded");
    assertThat(data.path("url").asText()).contains(data.path("callId").asText());
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1)).isEqualTo(300_000L);
    assertThat(total.get()).isEqualTo(300_000L);

    ActionError both =
        ResultAssert.failed(
            actions.execute(
                "add_new_call",
                json(
                    seedExample(
                        next(),
                        ",\"media_file\":\""
                            + file
                            + "\",\"download_media_url\":\"https://example.com/a.mp3\""))),
            "invalid_parameter");
    assertThat(both.parameter()).isEqualTo("media_file");
  }

  @Test
  void uploadCallMediaForAnExistingCall() throws IOException {
    JsonNode added =
        ResultAssert.ok(actions.execute("add_new_call", json(seedExample(next(), ""))));
    Path file = mediaDir.resolve("later.wav");
    Files.write(file, new byte[1000]);
    JsonNode data =
        ResultAssert.ok(
            actions.execute(
                "upload-call-media",
                json(
                    "{\"call_id\":\""
                        + added.path("callId").asText()
                        + "\",\"media_file\":\""
                        + file
                        + "\"}")));
    assertThat(data.path("callId").asText()).isEqualTo(added.path("callId").asText());
    assertThat(data.path("bytes").asLong()).isEqualTo(1000);
  }

  @Test
  void aRepeatedAddSendsTheMediaOnlyOnceUnlessForced() throws IOException {
    Path file = mediaDir.resolve("once.mp3");
    Files.write(file, new byte[4096]);
    String params = seedExample(next(), ",\"media_file\":\"" + file + "\"");
    JsonNode first = ResultAssert.ok(actions.execute("add_new_call", json(params)));
    assertThat(first.path("media").asText()).isEqualTo("uploaded");
    long uploads = uploads();

    JsonNode again = ResultAssert.ok(actions.execute("add_new_call", json(params)));
    assertThat(again.path("alreadyExisted").asBoolean()).isTrue();
    assertThat(again.path("callId").asText()).isEqualTo(first.path("callId").asText());
    assertThat(again.path("media").asText()).startsWith("not sent again");
    assertThat(uploads()).isEqualTo(uploads);

    String forced = params.substring(0, params.length() - 1) + ",\"force_upload\":true}";
    JsonNode third = ResultAssert.ok(actions.execute("add_new_call", json(forced)));
    assertThat(third.path("media").asText()).isEqualTo("uploaded");
    assertThat(uploads()).isEqualTo(uploads + 1);
  }

  @Test
  void aRepeatedAddUploadsWhenTheFirstRunDiedBeforeTheUpload() throws IOException {
    // The first run added the call and died before its upload: the call exists without media.
    String id = next();
    JsonNode first = ResultAssert.ok(actions.execute("add_new_call", json(seedExample(id, ""))));
    long uploads = uploads();
    Path file = mediaDir.resolve("late.mp3");
    Files.write(file, new byte[2048]);
    JsonNode rerun =
        ResultAssert.ok(
            actions.execute(
                "add_new_call", json(seedExample(id, ",\"media_file\":\"" + file + "\""))));
    assertThat(rerun.path("alreadyExisted").asBoolean()).isTrue();
    assertThat(rerun.path("callId").asText()).isEqualTo(first.path("callId").asText());
    assertThat(rerun.path("media").asText()).isEqualTo("uploaded");
    assertThat(uploads()).isEqualTo(uploads + 1);
  }

  /** Media uploads the local Gong received so far ({@code PUT /v2/calls/{id}/media}). */
  private static long uploads() {
    return gong.sim.requestCounts().entrySet().stream()
        .filter(e -> e.getKey().endsWith("/media"))
        .mapToLong(java.util.Map.Entry::getValue)
        .sum();
  }
}
