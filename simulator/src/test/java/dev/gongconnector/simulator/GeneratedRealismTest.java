package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated call metadata agrees with the call's parties and transcript (what Gong's fields mean).
 */
class GeneratedRealismTest {

  static final Set<String> PHONE_SYSTEMS = Set.of("Outreach", "RingCentral");
  static final Set<String> MEETING_SYSTEMS = Set.of("Zoom", "Google Meet", "Microsoft Teams");
  static final Set<String> NO_CONVERSATION = Set.of("Left voicemail", "Got the gatekeeper");

  @Test
  void metadataAgreesWithPartiesAndTranscripts() throws Exception {
    try (GongSimulator sim =
        GongSimulator.builder().calls(300).seed(7).rateLimitPerSecond(0).dailyLimit(0).start()) {
      SimHttp http = new SimHttp(sim);
      List<JsonNode> calls = new ArrayList<>();
      String cursor = null;
      do {
        JsonNode page =
            http.post(
                    "/v2/calls/extensive",
                    "{\"filter\":{},"
                        + (cursor == null ? "" : "\"cursor\":\"" + cursor + "\",")
                        + "\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}")
                .json();
        page.get("calls").forEach(calls::add);
        cursor =
            page.get("records").has("cursor") ? page.get("records").get("cursor").asText() : null;
      } while (cursor != null);
      assertThat(calls).hasSize(300);

      Map<String, Long> transcriptEnd = new HashMap<>();
      for (int i = 0; i < calls.size(); i += 100) {
        List<String> ids = new ArrayList<>();
        calls
            .subList(i, Math.min(calls.size(), i + 100))
            .forEach(c -> ids.add(c.get("metaData").get("id").asText()));
        JsonNode tr =
            http.post(
                    "/v2/calls/transcript",
                    "{\"filter\":{\"callIds\":" + SimHttp.JSON.writeValueAsString(ids) + "}}")
                .json()
                .get("callTranscripts");
        for (JsonNode t : tr) {
          long end = -1;
          for (JsonNode m : t.get("transcript")) {
            for (JsonNode s : m.get("sentences")) {
              end = Math.max(end, s.get("end").asLong());
            }
          }
          transcriptEnd.put(t.get("callId").asText(), end);
        }
      }

      int english = 0;
      int silent = 0;
      for (JsonNode c : calls) {
        JsonNode md = c.get("metaData");
        String id = md.get("id").asText();
        long end = transcriptEnd.get(id);
        String language = md.get("language").asText();
        // the generated transcripts are English: a call with speech says eng, one without says zxx
        if (end >= 0) {
          assertThat(language).as("language of " + id).isEqualTo("eng");
          assertThat(end)
              .as("transcript end of " + id)
              .isLessThanOrEqualTo(md.get("duration").asLong() * 1000);
          english++;
        } else {
          assertThat(language).as("language of " + id).isEqualTo("zxx");
          silent++;
        }
        String system = md.get("system").asText();
        if (md.get("direction").asText().equals("Conference")) {
          assertThat(system).isIn(MEETING_SYSTEMS);
          assertThat(md.get("media").asText()).isEqualTo("Video");
        } else {
          assertThat(system).isIn(PHONE_SYSTEMS);
          assertThat(md.get("media").asText()).isEqualTo("Audio");
          String disposition = md.get("sdrDisposition").asText();
          if (md.get("direction").asText().equals("Inbound") || end >= 0) {
            // nobody leaves a voicemail on a call they answer, or on one with a conversation
            assertThat(disposition).as("disposition of " + id).isNotIn(NO_CONVERSATION);
          }
        }
        JsonNode parties = c.get("parties");
        if (parties.isEmpty()) {
          continue; // a few external calls come without parties, as real ones do
        }
        boolean external = false;
        boolean hostParty = false;
        for (JsonNode p : parties) {
          external |= p.get("affiliation").asText().equals("External");
          hostParty |= md.get("primaryUserId").asText().equals(p.path("userId").asText());
        }
        assertThat(md.get("scope").asText())
            .as("scope of " + id)
            .isEqualTo(external ? "External" : "Internal");
        assertThat(hostParty).as("host party of " + id).isTrue();
      }
      assertThat(english).isGreaterThan(200);
      assertThat(silent).isGreaterThan(3);
    }
  }
}
