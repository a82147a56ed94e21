package dev.gongconnector.simulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A page of 100 records of a fixed, ordered list with Gong's {@code records} block; the cursor
 * holds the position of the next record (the lists it serves do not change between pages).
 */
public final class ListPages {

  /** Gong's page size. */
  public static final int PAGE_SIZE = 100;

  /** Writes one record. */
  @FunctionalInterface
  public interface RecordWriter<T> {
    void write(JsonGenerator g, T record) throws IOException;
  }

  private ListPages() {}

  /** The decoded cursor of query parameter {@code cursor}, or null for the first page. */
  public static Cursors.Cursor cursor(Request r, Cursors cursors, String kind) {
    String c = r.query("cursor");
    return c == null || c.isEmpty() ? null : cursors.decode(c, kind);
  }

  /** The answer {@code {requestId, records, <arrayName>: [..]}} for the page at {@code c}. */
  public static <T> Response page(
      Request r,
      Cursors cursors,
      String kind,
      Cursors.Cursor c,
      List<T> all,
      String arrayName,
      RecordWriter<T> writer) {
    return page(r, cursors, kind, c, all, arrayName, writer, g -> {});
  }

  /** Fields written after the array, inside the answer object. */
  public interface Trailer {
    void write(JsonGenerator g) throws IOException;
  }

  /** As {@link #page}, with {@code trailer}'s fields after the array. */
  public static <T> Response page(
      Request r,
      Cursors cursors,
      String kind,
      Cursors.Cursor c,
      List<T> all,
      String arrayName,
      RecordWriter<T> writer,
      Trailer trailer) {
    int start = c == null ? 0 : (int) Math.min(all.size(), Math.max(0, c.a()));
    int end = Math.min(all.size(), start + PAGE_SIZE);
    int pageNo = c == null ? 0 : c.page();
    return Response.ok(
        r,
        g -> {
          g.writeObjectFieldStart("records");
          g.writeNumberField("totalRecords", all.size());
          g.writeNumberField("currentPageSize", end - start);
          g.writeNumberField("currentPageNumber", pageNo);
          if (end < all.size()) {
            g.writeStringField(
                "cursor",
                cursors.encode(
                    new Cursors.Cursor(
                        kind, pageNo + 1, end, 0, c == null ? cursors.now() : c.issuedMillis())));
          }
          g.writeEndObject();
          g.writeArrayFieldStart(arrayName);
          for (int i = start; i < end; i++) {
            writer.write(g, all.get(i));
          }
          g.writeEndArray();
          trailer.write(g);
        });
  }

  /** A required query parameter, or a 400 naming it. */
  public static String required(Request r, String name) {
    String v = r.query(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest(name + ": required parameter is missing");
    }
    return v.strip();
  }
}
