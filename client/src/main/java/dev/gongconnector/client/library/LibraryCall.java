package dev.gongconnector.client.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** A call in a library folder. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryCall(
    String id,
    String title,
    String note,
    String addedBy,
    OffsetDateTime created,
    String url,
    Snippet snippet) {

  public LibraryCall {
    java.util.Objects.requireNonNull(id, "id");
  }
}
