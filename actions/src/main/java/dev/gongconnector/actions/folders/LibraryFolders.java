package dev.gongconnector.actions.folders;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.Listing;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.library.LibraryCall;
import dev.gongconnector.client.library.LibraryFolderContent;
import java.time.OffsetDateTime;
import java.util.List;

/** The folders of Gong's call library (curated example calls) and the calls in one. */
public final class LibraryFolders {

  /** The answer of {@code get_library_folder_content}. */
  public record Content(
      String id,
      String name,
      String createdBy,
      OffsetDateTime updated,
      List<LibraryCall> calls,
      int count) {
    static Content of(LibraryFolderContent f) {
      return new Content(f.id(), f.name(), f.createdBy(), f.updated(), f.calls(), f.calls().size());
    }
  }

  private LibraryFolders() {}

  /** {@code get_library_folder_content}: the calls of one library folder. */
  public static Action content(GongClient client) {
    return new SimpleAction<>(
        "get_library_folder_content",
        List.of("library-folder-content", "folder-content"),
        List.of("default", "library"),
        """
        The calls in one Gong library folder (GET /v2/library/folder-content): call id, title, the \
        curator's note, who added it and when, a link, and the snippet (seconds) the folder points at. \
        Get the folder id from list_library_folders. Answers not_found for an unknown folder. Next: \
        get_call or retrieve_transcripts_of_calls with the call ids.""",
        ParamSet.of(CommonParams.id("folder_id", "The library folder id (digits).")),
        new Listing("calls", LibraryCall.class),
        p -> p.string("folder_id"),
        id -> Content.of(client.library().folderContent(id)));
  }

  /** {@code list_library_folders}: folders of Gong's call library. */
  public static Action list(GongClient client) {
    return SimpleAction.listing(
        "list_library_folders",
        List.of("library-folders", "list-library-folders"),
        List.of("default", "library"),
        """
        List the folders of Gong's call library (GET /v2/library/folders), where teams keep example \
        calls ("Best Discovery Calls"): id, name, parent folder, creator, last update. Not the local \
        search index (that is search_transcripts). Next: get_library_folder_content with a folder id.""",
        Param.string("workspace_id", "Only folders of this workspace (default: all)."),
        "folders",
        workspace -> client.library().folders(workspace));
  }
}
