package dev.gongconnector.actions.folders;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.library.LibraryFolder;
import java.util.List;

/** {@code list_library_folders}: folders of Gong's call library (curated example calls). */
public final class ListLibraryFoldersAction extends TypedAction<ListLibraryFoldersAction.Request> {

  /** The parsed parameters. */
  public record Request(String workspaceId) {}

  /** The answer. */
  public record Answer(List<LibraryFolder> folders, int count) {}

  private final GongClient client;

  public ListLibraryFoldersAction(GongClient client) {
    super(
        "list_library_folders",
        List.of("library-folders", "list-library-folders"),
        """
        List the folders of Gong's call library (GET /v2/library/folders), where teams keep example \
        calls ("Best Discovery Calls"): id, name, parent folder, creator, last update. Not the local \
        search index (that is search_transcripts). Next: get_library_folder_content with a folder id.""",
        ParamSet.of(
            Param.string("workspace_id", "Only folders of this workspace (default: all).")
                .gongId()),
        false);
    this.client = client;
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "library");
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.text("workspace_id").orElse(null));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<LibraryFolder> folders = client.library().folders(r.workspaceId());
    return new Answer(folders, folders.size());
  }
}
