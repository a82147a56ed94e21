package dev.gongconnector.actions.settings;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** The company's settings as lists: keyword trackers and scorecards. */
public final class SettingsLists {

  private SettingsLists() {}

  /** {@code list_trackers}: the company's keyword trackers and their phrases. */
  public static Action trackers(GongClient client) {
    return SimpleAction.listing(
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

  /** {@code list_scorecards}: scorecard definitions with their questions. */
  public static Action scorecards(GongClient client) {
    return SimpleAction.listing(
        "list_scorecards",
        List.of("scorecards", "list-scorecards"),
        List.of("stats"),
        """
        List Gong's scorecards (GET /v2/settings/scorecards): id, name, workspace, enabled, and each \
        question with its type, range and options. Use it to read what a scorecard asks. Next: \
        list_answered_scorecards with scorecard_ids for how calls scored.""",
        null,
        "scorecards",
        workspace -> client.settings().scorecards());
  }
}
