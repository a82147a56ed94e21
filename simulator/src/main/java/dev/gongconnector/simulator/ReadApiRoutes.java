package dev.gongconnector.simulator;

import dev.gongconnector.simulator.activity.Activity;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.coaching.CoachingHandler;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Router;
import dev.gongconnector.simulator.http.Scopes;
import dev.gongconnector.simulator.library.LibraryFolders;
import dev.gongconnector.simulator.library.LibraryHandler;
import dev.gongconnector.simulator.settings.SettingsHandler;
import dev.gongconnector.simulator.stats.AnsweredScorecardsHandler;
import dev.gongconnector.simulator.stats.StatsHandler;
import dev.gongconnector.simulator.users.SettingsHistoryHandler;

/**
 * Routes of the settings, stats, library, coaching and user-history endpoints, each behind the
 * OAuth scope Gong documents for it.
 */
final class ReadApiRoutes {

  private ReadApiRoutes() {}

  static void add(Router router, CallStore store, Cursors cursors, Scopes scopes) {
    Activity activity = new Activity(store);
    SettingsHandler settings = new SettingsHandler(store.company(), activity.scorecards());
    StatsHandler stats = new StatsHandler(activity, cursors);
    AnsweredScorecardsHandler answered = new AnsweredScorecardsHandler(activity, cursors);
    LibraryHandler library = new LibraryHandler(store.company(), new LibraryFolders(store));
    SettingsHistoryHandler history = new SettingsHistoryHandler(store.company());
    CoachingHandler coaching = new CoachingHandler(activity);
    router
        .add(
            "GET",
            "/v2/settings/trackers",
            scopes.require("api:settings:trackers:read", settings::trackers))
        .add(
            "GET",
            "/v2/settings/scorecards",
            scopes.require("api:settings:scorecards:read", settings::scorecards))
        .add(
            "POST",
            "/v2/stats/interaction",
            scopes.require("api:stats:interaction", stats::interaction))
        .add(
            "POST",
            "/v2/stats/activity/aggregate",
            scopes.require("api:stats:user-actions", stats::aggregate))
        .add(
            "POST",
            "/v2/stats/activity/aggregate-by-period",
            scopes.require("api:stats:user-actions", stats::aggregateByPeriod))
        .add(
            "POST",
            "/v2/stats/activity/day-by-day",
            scopes.require("api:stats:user-actions:detailed", stats::dayByDay))
        .add(
            "POST",
            "/v2/stats/activity/scorecards",
            scopes.require("api:stats:scorecards", answered::handle))
        .add("GET", "/v2/library/folders", scopes.require("api:library:read", library::folders))
        .add(
            "GET",
            "/v2/library/folder-content",
            scopes.require("api:library:read", library::content))
        .add(
            "GET",
            "/v2/users/{id}/settings-history",
            scopes.require("api:users:read", history::handle))
        .add("GET", "/v2/coaching", scopes.require("api:coaching:read", coaching::handle));
  }
}
