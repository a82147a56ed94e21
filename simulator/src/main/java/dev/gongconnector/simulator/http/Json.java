package dev.gongconnector.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shared JSON plumbing: a hardened reader for request bodies and a fast streaming writer for
 * answers.
 */
public final class Json {

  /** Deepest nesting a request body may have; Gong's bodies need 5. */
  public static final int MAX_DEPTH = 32;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(1 << 20)
                  .maxNumberLength(100)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  public static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  /** Writes a JSON document with a streaming generator. */
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Renders an answer's body in segments (see {@link Bytes}); a transcript answer is megabytes. */
  public static Bytes render(Body body) {
    Buffer out = new Buffer(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
      // The result is taken before close(), which would complete any structure left open.
      g.flush();
      return out.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders a small document (a cached call, an error body, a listing's head) as one array; an
   * answer of unbounded size goes through {@link #render} instead.
   */
  public static byte[] bytes(Body body) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(FACTORY._getBufferRecycler(), 4096);
        JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
      g.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; any syntax, encoding or limit problem is a 400 naming the cause. */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("Malformed JSON body: empty body, expected a JSON object");
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException | RuntimeException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      int nl = msg.indexOf('\n');
      if (nl > 0) {
        msg = msg.substring(0, nl);
      }
      if (msg.length() > 300) {
        msg = msg.substring(0, 300);
      }
      throw ApiException.badRequest("Malformed JSON body: " + msg);
    }
  }

  /** Gong's error body. */
  public static byte[] error(String requestId, List<String> errors) {
    return bytes(
        g -> {
          g.writeStartObject();
          g.writeStringField("requestId", requestId);
          g.writeArrayFieldStart("errors");
          for (String e : errors) {
            g.writeString(e);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** Writes {@code name: value} or {@code name: null}. */
  public static void stringOrNull(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
