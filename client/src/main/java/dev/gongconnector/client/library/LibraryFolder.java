package dev.gongconnector.client.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** A library folder; {@code parentFolderId} null at the top. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryFolder(
    String id, String name, String parentFolderId, String createdBy, OffsetDateTime updated) {

  public LibraryFolder {
    java.util.Objects.requireNonNull(id, "id");
  }
}
