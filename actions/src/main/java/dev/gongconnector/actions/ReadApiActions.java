package dev.gongconnector.actions;

import dev.gongconnector.actions.coaching.GetCoachingMetricsAction;
import dev.gongconnector.actions.folders.LibraryFolders;
import dev.gongconnector.actions.settings.SettingsLists;
import dev.gongconnector.actions.stats.ListAnsweredScorecardsAction;
import dev.gongconnector.actions.stats.StatsActions;
import dev.gongconnector.actions.users.UserSettingsHistory;
import dev.gongconnector.client.GongClient;
import java.util.List;

/**
 * The actions of issue 11 part A (settings, stats, library folders, coaching, settings history).
 */
final class ReadApiActions {

  private ReadApiActions() {}

  static List<Action> create(GongClient client) {
    return List.of(
        SettingsLists.trackers(client),
        SettingsLists.scorecards(client),
        StatsActions.interaction(client),
        StatsActions.aggregate(client),
        StatsActions.byPeriod(client),
        StatsActions.dayByDay(client),
        new ListAnsweredScorecardsAction(client),
        LibraryFolders.list(client),
        LibraryFolders.content(client),
        UserSettingsHistory.create(client),
        new GetCoachingMetricsAction(client));
  }
}
