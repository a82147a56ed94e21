package dev.gongconnector.actions.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.settings.Scorecard;
import java.util.List;

/** {@code list_scorecards}: scorecard definitions with their questions. */
public final class ListScorecardsAction extends BaseAction {

  private final GongClient client;

  public ListScorecardsAction(GongClient client) {
    super(
        "list_scorecards",
        List.of("scorecards", "list-scorecards"),
        """
        List Gong's scorecards (GET /v2/settings/scorecards): id, name, workspace, enabled, and each \
        question with its type, range and options. Use it to read what a scorecard asks. Next: \
        list_answered_scorecards with scorecard_ids for how calls scored.""",
        ParamSet.of(),
        false);
    this.client = client;
  }

  @Override
  public List<String> toolsets() {
    return List.of("stats");
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    List<Scorecard> cards = client.settings().scorecards();
    ObjectNode data = Json.object();
    data.set("scorecards", Json.tree(cards));
    data.put("count", cards.size());
    return data;
  }
}
