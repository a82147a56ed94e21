package dev.gongconnector.client.flows;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A Gong Engage flow ({@code PublicApiFlow}).
 *
 * @param id flow id
 * @param name name
 * @param folderId folder id
 * @param folderName folder name
 * @param visibility Company, Personal or Shared
 * @param creationDate created
 * @param exclusive whether a prospect in it can be in no other flow
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Flow(
    String id,
    String name,
    String folderId,
    String folderName,
    String visibility,
    OffsetDateTime creationDate,
    Boolean exclusive) {

  /**
   * Checks that {@code id} is present.
   *
   * @param id flow id
   * @param name name
   * @param folderId folder id
   * @param folderName folder name
   * @param visibility Company, Personal or Shared
   * @param creationDate created
   * @param exclusive whether a prospect in it can be in no other flow
   */
  public Flow {
    java.util.Objects.requireNonNull(id, "id");
  }
}
