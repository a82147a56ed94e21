package dev.gongconnector.actions.folders;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.library.LibraryCall;
import dev.gongconnector.client.library.LibraryFolderContent;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code get_library_folder_content}: the calls of one library folder. */
public final class GetLibraryFolderContentAction
    extends TypedAction<GetLibraryFolderContentAction.Request> {

  /** The parsed parameters. */
  public record Request(String folderId) {}

  /** The answer. */
  public record Answer(
      String id,
      String name,
      String createdBy,
      OffsetDateTime updated,
      List<LibraryCall> calls,
      int count) {}

  private final GongClient client;

  public GetLibraryFolderContentAction(GongClient client) {
    super(
        "get_library_folder_content",
        List.of("library-folder-content", "folder-content"),
        List.of("default", "library"),
        """
        The calls in one Gong library folder (GET /v2/library/folder-content): call id, title, the \
        curator's note, who added it and when, a link, and the snippet (seconds) the folder points at. \
        Get the folder id from list_library_folders. Answers not_found for an unknown folder. Next: \
        get_call or retrieve_transcripts_of_calls with the call ids.""",
        ParamSet.of(
            Param.string("folder_id", "The library folder id (digits).")
                .requiredParam()
                .withAliases("id")
                .gongId()));
    this.client = client;
    lists("calls", LibraryCall.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.string("folder_id"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    LibraryFolderContent f = client.library().folderContent(r.folderId());
    return new Answer(f.id(), f.name(), f.createdBy(), f.updated(), f.calls(), f.calls().size());
  }
}
