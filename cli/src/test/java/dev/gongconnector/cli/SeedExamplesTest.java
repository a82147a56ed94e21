package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The second seed's three examples (copied verbatim into test resources), in its command format
 * through {@code gong run} and as command-line options. The seed's placeholder ids ({@code
 * gong_user_id_12345}, {@code generated_call_id_67890}) are not Gong ids, so they are replaced by
 * real ids of the local Gong.
 */
class SeedExamplesTest extends CliTestSupport {

  static String example(String name) throws IOException {
    try (InputStream in = SeedExamplesTest.class.getResourceAsStream("/seed-examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  String realUserId() {
    Result users = gong("list-users");
    assertThat(users.code()).as(users.toString()).isZero();
    for (JsonNode user : users.json().path("data").path("users")) {
      if (user.path("active").asBoolean(true)) return user.path("id").asText();
    }
    throw new AssertionError("no active user: " + users);
  }

  @Test
  void addCallThenGetCallThenSearchCallsInTheSeedFormat() throws IOException {
    String userId = realUserId();
    Path add = home.resolve("add-call.txt");
    Files.writeString(add, example("add-call.txt").replace("gong_user_id_12345", userId));
    Result added = gong("run", add.toString());
    assertThat(added.code()).as(added.toString()).isZero();
    JsonNode data = added.json().path("data");
    assertThat(data.path("callId").asText()).matches("\\d+");
    assertThat(data.path("status").asText()).isEqualTo("Processing");
    String callId = data.path("callId").asText();

    // Same file again: Gong's clientUniqueId dedup gives the same call back, nothing duplicated.
    Result again = gong("run", add.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.json().path("data").path("callId").asText()).isEqualTo(callId);

    // get-call from stdin ("-").
    Result got =
        gongWith(
            env(), example("get-call.txt").replace("generated_call_id_67890", callId), "run", "-");
    assertThat(got.code()).as(got.toString()).isZero();
    JsonNode call = got.json().path("data");
    assertThat(call.path("title").asText()).isEqualTo("Sales Call with Jane Smith");
    assertThat(call.path("direction").asText()).isEqualTo("Outbound");
    assertThat(call.path("sdrDisposition").asText()).isEqualTo("Intro Call");
    assertThat(call.path("primaryUser").path("userId").asText()).isEqualTo(userId);
    assertThat(call.path("parties").toString()).contains("Jane Smith").contains("+1 555-555-1212");

    // search-calls exactly as in the seed (January 2025, keywords sales/demo): the call added above
    // is in range.
    Path search = home.resolve("search-calls.txt");
    Files.writeString(search, example("search-calls.txt").replace("gong_user_id_12345", userId));
    Result found = gong("run", search.toString());
    assertThat(found.code()).as(found.toString()).isZero();
    JsonNode result = found.json().path("data");
    assertThat(result.path("calls").isArray()).isTrue();
    assertThat(result.path("pagination").path("currentPage").asInt()).isEqualTo(1);
    assertThat(result.path("calls").toString()).contains(callId);
  }

  @Test
  void theSeedParametersAsCommandLineOptions() {
    String userId = realUserId();
    Result added =
        gong(
            "add-call",
            "--actual-start",
            "2025-01-13T01:30:00-08:00",
            "--client-unique-id",
            "unique_call_id_options",
            "--download-media-url",
            "https://example.com/path/to/options-call.mp3",
            "--call-title",
            "Sales Call with Jane Smith",
            "--direction",
            "Outbound",
            "--disposition",
            "Intro Call",
            "--participants",
            "[{\"emailAddress\": \"john.doe@example.com\", \"mediaChannelId\": 1, \"name\": \"John Doe\", "
                + "\"userId\": \""
                + userId
                + "\"}, {\"mediaChannelId\": 0, \"name\": \"Jane Smith\", "
                + "\"phoneNumber\": \"+1 555-555-1212\"}]",
            "--primary-user",
            userId);
    assertThat(added.code()).as(added.toString()).isZero();
    String callId = added.json().path("data").path("callId").asText();

    Result got = gong("get-call", "--call-id", callId, "--include-media");
    assertThat(got.code()).as(got.toString()).isZero();
    assertThat(got.json().path("data").path("title").asText())
        .isEqualTo("Sales Call with Jane Smith");

    Result found =
        gong(
            "search-calls",
            "--from-date",
            "2025-01-01T00:00:00-08:00",
            "--to-date",
            "2025-01-31T23:59:59-08:00",
            "--primary-user-ids",
            userId,
            "--keywords",
            "sales,demo",
            "--context",
            "Extended",
            "--include-content",
            "--include-media=true");
    assertThat(found.code()).as(found.toString()).isZero();
    assertThat(found.json().path("data").path("calls").toString()).contains(callId);
  }

  @Test
  void theSeedPlaceholderIdsAreRejectedByGongWithExitCode1() throws IOException {
    // gong_user_id_12345 is not a Gong id: Gong (and the local Gong) answer 400, which is a Gong
    // failure.
    Path add = home.resolve("add-call.txt");
    Files.writeString(
        add, example("add-call.txt").replace("unique_call_id_12345", "placeholder-ids"));
    Result result = gong("run", add.toString());
    assertThat(result.code()).as(result.toString()).isIn(1, 2);
    assertThat(result.json().path("success").asBoolean()).isFalse();
    assertThat(result.err()).contains("gong_user_id_12345");
  }
}
