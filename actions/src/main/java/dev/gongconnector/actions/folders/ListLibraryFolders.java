package dev.gongconnector.actions.folders;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.ListAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code list_library_folders}: folders of Gong's call library (curated example calls). */
public final class ListLibraryFolders {

  private ListLibraryFolders() {}

  public static Action create(GongClient client) {
    return new ListAction<>(
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
