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

  public LibraryFolderContent {
    Objects.requireNonNull(id, "id");
    calls = Lists.copy(calls);
  }
}
