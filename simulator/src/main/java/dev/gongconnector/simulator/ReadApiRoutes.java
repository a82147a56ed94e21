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
    new ScopedRoutes(router, scopes)
        .get("/v2/settings/trackers", "api:settings:trackers:read", settings::trackers)
        .get("/v2/settings/scorecards", "api:settings:scorecards:read", settings::scorecards)
        .post("/v2/stats/interaction", "api:stats:interaction", stats::interaction)
        .post("/v2/stats/activity/aggregate", "api:stats:user-actions", stats::aggregate)
        .post(
            "/v2/stats/activity/aggregate-by-period",
            "api:stats:user-actions",
            stats::aggregateByPeriod)
        .post("/v2/stats/activity/day-by-day", "api:stats:user-actions:detailed", stats::dayByDay)
        .post("/v2/stats/activity/scorecards", "api:stats:scorecards", answered::handle)
        .get("/v2/library/folders", "api:library:read", library::folders)
        .get("/v2/library/folder-content", "api:library:read", library::content)
        .get("/v2/users/{id}/settings-history", "api:users:read", history::handle)
        .get("/v2/coaching", "api:coaching:read", coaching::handle);
  }
}
