package dev.gongconnector.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContextTiming;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import dev.gongconnector.client.users.UserFilter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds Gong's request bodies and query strings; cursors of POST endpoints go in the body, never
 * the query.
 */
public final class Bodies {

  private Bodies() {}

  /** ISO-8601 with offset, as Gong documents. */
  public static String iso(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** {@code path?k=v&..} with URL-encoded values, skipping null values. */
  public static String query(String path, Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach(
        (k, v) -> {
          if (v != null) {
            j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return j.length() == 0 ? path : path + "?" + j;
  }

  /** A path segment (an id) encoded for safe use in a URL path. */
  public static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * {@code {cursor?, filter:{...}, contentSelector:{...}}} for {@code POST /v2/calls/extensive}.
   */
  public static byte[] extensive(ExtensiveRequest r, String cursor) {
    ObjectNode root = root(cursor);
    ObjectNode filter =
        callFilter(root, r.fromDateTime(), r.toDateTime(), r.workspaceId(), r.callIds());
    ids(filter, "primaryUserIds", r.primaryUserIds());
    ContentSelector s = r.contentSelector();
    ObjectNode sel = root.putObject("contentSelector");
    sel.put("context", s.context().wire());
    if (!s.contextTiming().isEmpty()) {
      ArrayNode t = sel.putArray("contextTiming");
      for (ContextTiming ct : s.contextTiming()) {
        t.add(ct.wire());
      }
    }
    ObjectNode exposed = sel.putObject("exposedFields");
    for (ContentSelector.Field f : ContentSelector.Field.values()) {
      if (!s.has(f)) {
        continue;
      }
      ObjectNode target =
          f.group() == null
              ? exposed
              : exposed.has(f.group())
                  ? (ObjectNode) exposed.get(f.group())
                  : exposed.putObject(f.group());
      target.put(f.wire(), true);
    }
    return bytes(root);
  }

  /** {@code {cursor?, filter:{...}}} for {@code POST /v2/calls/transcript}. */
  public static byte[] transcript(TranscriptRequest r, String cursor) {
    ObjectNode root = root(cursor);
    callFilter(root, r.fromDateTime(), r.toDateTime(), r.workspaceId(), r.callIds());
    return bytes(root);
  }

  /** {@code {cursor?, filter:{...}}} for {@code POST /v2/users/extensive}. */
  public static byte[] users(UserFilter f, String cursor) {
    ObjectNode root = root(cursor);
    ObjectNode filter = root.putObject("filter");
    if (f.createdFromDateTime() != null) {
      filter.put("createdFromDateTime", iso(f.createdFromDateTime()));
    }
    if (f.createdToDateTime() != null) {
      filter.put("createdToDateTime", iso(f.createdToDateTime()));
    }
    if (f.includeAvatars()) {
      filter.put("includeAvatars", true);
    }
    ids(filter, "userIds", f.userIds());
    return bytes(root);
  }

  /** Any object as JSON bytes (null and empty fields left out). */
  public static byte[] bytes(Object value) {
    try {
      return Json.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of a paged POST: {@code {"cursor": ...}} when continuing a sequence, else empty. */
  private static ObjectNode root(String cursor) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (cursor != null) {
      root.put("cursor", cursor);
    }
    return root;
  }

  /**
   * The {@code filter} both call endpoints share: dates, workspace and call ids, each only when
   * given.
   */
  private static ObjectNode callFilter(
      ObjectNode root,
      OffsetDateTime from,
      OffsetDateTime to,
      String workspaceId,
      List<String> callIds) {
    ObjectNode filter = root.putObject("filter");
    dates(filter, from, to);
    if (workspaceId != null) {
      filter.put("workspaceId", workspaceId);
    }
    ids(filter, "callIds", callIds);
    return filter;
  }

  private static void dates(ObjectNode filter, OffsetDateTime from, OffsetDateTime to) {
    if (from != null) {
      filter.put("fromDateTime", iso(from));
    }
    if (to != null) {
      filter.put("toDateTime", iso(to));
    }
  }

  private static void ids(ObjectNode filter, String name, List<String> ids) {
    if (ids != null) {
      ArrayNode a = filter.putArray(name);
      ids.forEach(a::add);
    }
  }
}
