package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.http.Json;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes {@code CallBasicData} (the Call of {@code GET /v2/calls}, {@code metaData} of extensive).
 */
public final class CallJson {

  private CallJson() {}

  /** ISO-8601 in UTC with {@code Z}, seconds precision unless the time has milliseconds. */
  public static String iso(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }

  /** Every field of the schema is written; absent values are explicit nulls, as Gong sends them. */
  public static void writeBasic(JsonGenerator g, SimCall c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.idString());
    g.writeStringField("url", c.url());
    Json.stringOrNull(g, "title", c.title());
    Json.stringOrNull(
        g, "scheduled", c.scheduledMillis() == null ? null : iso(c.scheduledMillis()));
    g.writeStringField("started", iso(c.startedMillis()));
    g.writeNumberField("duration", c.duration());
    g.writeStringField("primaryUserId", c.primaryUserId());
    g.writeStringField("direction", c.direction());
    Json.stringOrNull(g, "system", c.system());
    g.writeStringField("scope", c.scope());
    g.writeStringField("media", c.media());
    g.writeStringField("language", c.language());
    g.writeStringField("workspaceId", c.workspaceId());
    Json.stringOrNull(g, "sdrDisposition", c.sdrDisposition());
    Json.stringOrNull(g, "clientUniqueId", c.clientUniqueId());
    Json.stringOrNull(g, "customData", c.customData());
    Json.stringOrNull(g, "purpose", c.purpose());
    Json.stringOrNull(g, "meetingUrl", c.meetingUrl());
    g.writeBooleanField("isPrivate", c.isPrivate());
    Json.stringOrNull(g, "calendarEventId", c.calendarEventId());
    g.writeEndObject();
  }
}
