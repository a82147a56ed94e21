package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.library.LibraryFolder;
import java.util.List;

/** Answer of {@code GET /v2/library/folders}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryFoldersEnvelope(String requestId, List<LibraryFolder> folders) {

  public LibraryFoldersEnvelope {
    folders = Lists.copy(folders);
  }
}
