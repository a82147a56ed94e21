package dev.gongconnector.actions.settings;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.settings.Scorecard;
import java.util.List;

/** {@code list_scorecards}: scorecard definitions with their questions. */
public final class ListScorecardsAction extends TypedAction<Void> {

  /** The answer. */
  public record Answer(List<Scorecard> scorecards, int count) {}

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
  protected Void request(Params p) {
    return null;
  }

  @Override
  protected Answer answer(Void r, ProgressListener progress) {
    List<Scorecard> cards = client.settings().scorecards();
    return new Answer(cards, cards.size());
  }
}
