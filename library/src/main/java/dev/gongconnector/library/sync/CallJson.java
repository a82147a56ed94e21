package dev.gongconnector.library.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gongconnector.client.calls.CallData;
import java.io.UncheckedIOException;

/**
 * Gong's JSON of a call's {@code metaData} and {@code parties}, kept with the call so that a search
 * answered locally shows the same call shape as one answered by Gong.
 */
final class CallJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);

  private CallJson() {}

  static String write(CallData data) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("metaData", MAPPER.valueToTree(data.metaData()));
    if (!data.parties().isEmpty()) node.set("parties", MAPPER.valueToTree(data.parties()));
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
