package dev.gongconnector.client.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A library folder with its calls ({@code GET /v2/library/folder-content}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryFolderContent(
    String requestId,
    String id,
    String name,
    String createdBy,
    OffsetDateTime updated,
    List<LibraryCall> calls) {

  /**
   * Checks that {@code id} is present, copies the lists (null becomes empty), so the record stays
   * immutable.
   *
   * @param requestId request id
   * @param id id
   * @param name name
   * @param createdBy created by
   * @param updated updated
   * @param calls calls
   */
  public LibraryFolderContent {
    Objects.requireNonNull(id, "id");
    calls = Lists.copy(calls);
  }
}
