package dev.gongconnector.client.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** A library folder; {@code parentFolderId} null at the top. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryFolder(
    String id, String name, String parentFolderId, String createdBy, OffsetDateTime updated) {

  /**
   * Checks that {@code id} is present.
   *
   * @param id id
   * @param name name
   * @param parentFolderId parent folder id
   * @param createdBy created by
   * @param updated updated
   */
  public LibraryFolder {
    java.util.Objects.requireNonNull(id, "id");
  }
}
