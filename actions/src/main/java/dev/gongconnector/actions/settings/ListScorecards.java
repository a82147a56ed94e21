package dev.gongconnector.actions.settings;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.ListAction;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code list_scorecards}: scorecard definitions with their questions. */
public final class ListScorecards {

  private ListScorecards() {}

  public static Action create(GongClient client) {
    return new ListAction<>(
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
