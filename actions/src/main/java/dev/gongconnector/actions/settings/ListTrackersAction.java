package dev.gongconnector.actions.settings;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.settings.KeywordTracker;
import java.util.List;

/** {@code list_trackers}: the company's keyword trackers and their phrases. */
public final class ListTrackersAction extends TypedAction<ListTrackersAction.Request> {

  /** The parsed parameters. */
  public record Request(String workspaceId) {}

  /** The answer. */
  public record Answer(List<KeywordTracker> trackers, int count) {}

  private final GongClient client;

  public ListTrackersAction(GongClient client) {
    super(
        "list_trackers",
        List.of("trackers", "list-trackers"),
        """
        List Gong's keyword trackers (GET /v2/settings/trackers): id, name and the words and phrases \
        each listens for, per language. Use it to learn which trackers exist before asking which fire \
        on calls. Next: get_extensive_data with content trackers (counts per call) or search_calls with \
        a tracker's phrases as keywords.""",
        ParamSet.of(
            Param.string("workspace_id", "Only trackers of this workspace (default: all).")
                .gongId()),
        false);
    this.client = client;
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "stats");
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.text("workspace_id").orElse(null));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<KeywordTracker> trackers = client.settings().trackers(r.workspaceId());
    return new Answer(trackers, trackers.size());
  }
}
