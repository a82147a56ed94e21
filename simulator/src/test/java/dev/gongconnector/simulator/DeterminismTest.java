package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  static final String EVERYTHING = ExtensiveAndTranscriptTest.EVERYTHING;

  static List<byte[]> session(long seed) throws Exception {
    List<byte[]> out = new ArrayList<>();
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(150)
            .seed(seed)
            .anchorDate(LocalDate.of(2025, 6, 15))
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start()) {
      SimHttp h = new SimHttp(sim);
      out.add(h.get("/v2/workspaces").raw());
      out.add(h.get("/v2/users?includeAvatars=true").raw());
      SimHttp.Answer first =
          h.get("/v2/calls?fromDateTime=2024-01-01T00:00:00Z&toDateTime=2025-06-15T00:00:00Z");
      out.add(first.raw());
      out.add(
          h.post("/v2/calls/extensive", "{\"filter\":{},\"contentSelector\":" + EVERYTHING + "}")
              .raw());
      out.add(h.post("/v2/calls/transcript", "{\"filter\":{}}").raw());
    }
    return out;
  }

  static String strip(byte[] b) {
    // cursors carry the time their sequence began and requestIds are unique per request and run;
    // everything else must be identical
    return withoutRequestId(b).replaceAll("\"cursor\":\"[^\"]*\"", "\"cursor\":\"-\"");
  }

  static String withoutRequestId(byte[] b) {
    return new String(b, java.nio.charset.StandardCharsets.UTF_8)
        .replaceFirst("^\\{\"requestId\":\"[0-9a-z]{19}\",", "{\"requestId\":\"-\",");
  }

  static String requestId(byte[] b) {
    String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
    return s.substring("{\"requestId\":\"".length(), "{\"requestId\":\"".length() + 19);
  }

  @Test
  void sameSeedAndAnchorGiveIdenticalBytes() throws Exception {
    List<byte[]> a = session(99);
    List<byte[]> b = session(99);
    for (int i = 0; i < a.size(); i++) {
      assertThat(strip(a.get(i))).as("answer " + i).isEqualTo(strip(b.get(i)));
    }
    // no cursor in the workspaces answer: only the requestId may differ
    assertThat(withoutRequestId(a.get(0))).isEqualTo(withoutRequestId(b.get(0)));
    assertThat(withoutRequestId(a.get(0))).startsWith("{\"requestId\":\"-\",");
    // Gong's requestId identifies one request: never the same one twice, not even across runs
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (List<byte[]> run : List.of(a, b)) {
      for (byte[] answer : run) {
        assertThat(ids.add(requestId(answer))).as("unique requestId").isTrue();
      }
    }
    assertThat(ids).hasSize(a.size() + b.size()).allMatch(id -> id.matches("[0-9a-z]{19}"));
    List<byte[]> c = session(100);
    assertThat(strip(c.get(2))).isNotEqualTo(strip(a.get(2)));
  }
}
