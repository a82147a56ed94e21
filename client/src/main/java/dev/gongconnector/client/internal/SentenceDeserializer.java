package dev.gongconnector.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.gongconnector.client.transcripts.Sentence;
import java.io.IOException;

/**
 * Reads a transcript {@link Sentence} straight from the parser: a transcript has hundreds, and
 * Jackson's record (creator) path buffers each one's properties in an array and boxes its two
 * times. The result is the same: unknown fields skipped, a missing time 0, a missing text null, and
 * any value that is not a plain number or string (a numeric string, a float, null) read by
 * Jackson's own deserializers for {@code long} and {@code String}, with their coercions and errors.
 */
public final class SentenceDeserializer extends StdDeserializer<Sentence> {

  private static final long serialVersionUID = 1L;

  public SentenceDeserializer() {
    super(Sentence.class);
  }

  @Override
  public Sentence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return (Sentence) ctxt.handleUnexpectedToken(Sentence.class, p);
    }
    long start = 0;
    long end = 0;
    String text = null;
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      try {
        switch (name) {
          case "start" -> start = time(p, ctxt, value);
          case "end" -> end = time(p, ctxt, value);
          case "text" ->
              text =
                  value == JsonToken.VALUE_STRING
                      ? p.getText()
                      : value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
          default -> p.skipChildren();
        }
      } catch (IOException e) {
        // As Jackson's bean deserialization reports a bad property: with the path to it.
        throw JsonMappingException.wrapWithPath(e, Sentence.class, name);
      }
    }
    return new Sentence(start, end, text);
  }

  private static long time(JsonParser p, DeserializationContext ctxt, JsonToken value)
      throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    return ctxt.readValue(p, long.class);
  }
}
