package dev.gongconnector.client.library;

import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.LibraryFoldersEnvelope;
import dev.gongconnector.client.internal.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gong's call library: folders and their calls (no paging). From {@code GongClient.library()}. */
public final class LibraryService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public LibraryService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /** {@return folders of all workspaces ({@code GET /v2/library/folders})} */
  public List<LibraryFolder> folders() {
    return folders(null);
  }

  /**
   * {@return folders of one workspace, or of all when {@code workspaceId} is null}
   *
   * @param workspaceId a Gong workspace id
   */
  public List<LibraryFolder> folders(String workspaceId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("workspaceId", Check.optional(workspaceId));
    return transport
        .send(ApiRequest.get(Bodies.query("/v2/library/folders", q)), LibraryFoldersEnvelope.class)
        .folders();
  }

  /**
   * {@return a folder and its calls ({@code GET /v2/library/folder-content}); {@code
   * NotFoundException} when no folder has this id}
   *
   * @param folderId a library folder id
   */
  public LibraryFolderContent folderContent(String folderId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("folderId", Check.required(folderId, "folderId"));
    return transport.send(
        ApiRequest.get(Bodies.query("/v2/library/folder-content", q)), LibraryFolderContent.class);
  }
}
