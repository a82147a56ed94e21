package dev.gongconnector.actions.users;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.Listing;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.users.SettingChange;
import java.util.List;

/** {@code get_user_settings_history}: how a user's recording and import settings changed. */
public final class UserSettingsHistory {

  /** The answer. */
  public record Answer(String userId, List<SettingChange> changes, int count) {}

  private UserSettingsHistory() {}

  public static Action create(GongClient client) {
    return new SimpleAction<>(
        "get_user_settings_history",
        List.of("user-settings-history", "settings-history"),
        List.of("users"),
        """
        The history of one user's settings (GET /v2/users/{id}/settings-history): each change of \
        active, webConferencesRecorded, emailsImported, callsImported, gongConnectEnabled... with its \
        new value and time, oldest first. Use it for "since when are this rep's calls recorded". Find \
        the id with list_users; not_found for an unknown user. \
        Next: list_calls with primary_user_ids for the calls recorded since.""",
        ParamSet.of(CommonParams.id("user_id", "The Gong user id (digits).")),
        new Listing("changes", SettingChange.class),
        p -> p.string("user_id"),
        id -> {
          List<SettingChange> h = client.users().settingsHistory(id);
          return new Answer(id, h, h.size());
        });
  }
}
