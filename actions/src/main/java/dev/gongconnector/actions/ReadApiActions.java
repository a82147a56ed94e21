package dev.gongconnector.actions;

import dev.gongconnector.actions.coaching.GetCoachingMetricsAction;
import dev.gongconnector.actions.folders.GetLibraryFolderContentAction;
import dev.gongconnector.actions.folders.ListLibraryFolders;
import dev.gongconnector.actions.settings.ListScorecards;
import dev.gongconnector.actions.settings.ListTrackers;
import dev.gongconnector.actions.stats.ListAnsweredScorecardsAction;
import dev.gongconnector.actions.stats.StatsActions;
import dev.gongconnector.actions.users.GetUserSettingsHistoryAction;
import dev.gongconnector.client.GongClient;
import java.util.List;

/**
 * The actions of issue 11 part A (settings, stats, library folders, coaching, settings history).
 */
final class ReadApiActions {

  private ReadApiActions() {}

  static List<Action> create(GongClient client) {
    return List.of(
        ListTrackers.create(client),
        ListScorecards.create(client),
        StatsActions.interaction(client),
        StatsActions.aggregate(client),
        StatsActions.byPeriod(client),
        StatsActions.dayByDay(client),
        new ListAnsweredScorecardsAction(client),
        ListLibraryFolders.create(client),
        new GetLibraryFolderContentAction(client),
        new GetUserSettingsHistoryAction(client),
        new GetCoachingMetricsAction(client));
  }
}
