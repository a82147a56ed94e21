package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.transcripts.Clock;

/**
 * Where a keyword matched in a call.
 *
 * @param field {@code title}, {@code brief}, {@code topic}, {@code tracker}, {@code keyPoint},
 *     {@code highlight} or {@code transcript}
 * @param keyword the keyword that matched (as the caller wrote it)
 * @param text the matching text (a window around the match for long texts)
 * @param speaker for transcripts: the speaker's name ("Speaker N" when Gong gave no party)
 * @param affiliation for transcripts: {@code Internal}, {@code External} or {@code Unknown}
 * @param startMs for transcripts: milliseconds from the start of the call
 */
public record Match(
    String field, String keyword, String text, String speaker, String affiliation, Long startMs) {

  public ObjectNode toJson() {
    ObjectNode out = Json.object();
    out.put("field", field);
    out.put("keyword", keyword);
    Json.putIfPresent(out, "text", text);
    Json.putIfPresent(out, "speaker", speaker);
    Json.putIfPresent(out, "affiliation", affiliation);
    if (startMs != null) {
      out.put("startMs", startMs);
      out.put("startTime", Clock.format(startMs));
    }
    return out;
  }
}
