package dev.gongconnector.actions.users;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.users.SettingChange;
import java.util.List;

/** {@code get_user_settings_history}: how a user's recording and import settings changed. */
public final class GetUserSettingsHistoryAction
    extends TypedAction<GetUserSettingsHistoryAction.Request> {

  /** The parsed parameters. */
  public record Request(String userId) {}

  /** The answer. */
  public record Answer(String userId, List<SettingChange> changes, int count) {}

  private final GongClient client;

  public GetUserSettingsHistoryAction(GongClient client) {
    super(
        "get_user_settings_history",
        List.of("user-settings-history", "settings-history"),
        List.of("users"),
        """
        The history of one user's settings (GET /v2/users/{id}/settings-history): each change of \
        active, webConferencesRecorded, emailsImported, callsImported, gongConnectEnabled... with its \
        new value and time, oldest first. Use it for "since when are this rep's calls recorded". Find \
        the id with list_users; not_found for an unknown user. \
        Next: list_calls with primary_user_ids for the calls recorded since.""",
        ParamSet.of(
            Param.string("user_id", "The Gong user id (digits).")
                .requiredParam()
                .withAliases("id")
                .gongId()));
    this.client = client;
    lists("changes", SettingChange.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.string("user_id"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<SettingChange> h = client.users().settingsHistory(r.userId());
    return new Answer(r.userId(), h, h.size());
  }
}
