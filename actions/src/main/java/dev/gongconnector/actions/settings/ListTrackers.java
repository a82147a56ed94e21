package dev.gongconnector.actions.settings;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.ListAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code list_trackers}: the company's keyword trackers and their phrases. */
public final class ListTrackers {

  private ListTrackers() {}

  public static Action create(GongClient client) {
    return new ListAction<>(
        "list_trackers",
        List.of("trackers", "list-trackers"),
        List.of("default", "stats"),
        """
        List Gong's keyword trackers (GET /v2/settings/trackers): id, name and the words and phrases \
        each listens for, per language. Use it to learn which trackers exist before asking which fire \
        on calls. Next: get_extensive_data with content trackers (counts per call) or search_calls with \
        a tracker's phrases as keywords.""",
        Param.string("workspace_id", "Only trackers of this workspace (default: all)."),
        "trackers",
        workspace -> client.settings().trackers(workspace));
  }
}
