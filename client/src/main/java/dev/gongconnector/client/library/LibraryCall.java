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

  /**
   * Checks that {@code id} is present.
   *
   * @param id id
   * @param title title
   * @param note note
   * @param addedBy added by
   * @param created created
   * @param url url
   * @param snippet snippet
   */
  public LibraryCall {
    java.util.Objects.requireNonNull(id, "id");
  }
}
