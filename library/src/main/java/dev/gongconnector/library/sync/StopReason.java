package dev.gongconnector.library.sync;

import dev.gongconnector.client.GongException;
import dev.gongconnector.client.RateLimitedException;
import java.time.Duration;

/** Explains why a sync stopped early, for the person who will rerun it. */
final class StopReason {

  private StopReason() {}

  /**
   * Gong or network failures end a run early but keep what was committed; anything else is a bug.
   */
  static boolean isGongFailure(RuntimeException e) {
    return e instanceof GongException;
  }

  static String describe(RuntimeException e) {
    String resume = "; everything up to the checkpoint is saved, run the same sync again to resume";
    if (e instanceof RateLimitedException) {
      RateLimitedException r = (RateLimitedException) e;
      String when =
          r.resetsAt()
              .map(t -> " (resets at " + t + ")")
              .or(() -> r.retryAfter().map(d -> " (retry in " + human(d) + ")"))
              .orElse("");
      return (r.isDailyLimit()
              ? "the daily request budget is spent"
              : "Gong's rate limit stopped the sync")
          + when
          + resume;
    }
    GongException g = (GongException) e;
    switch (g.kind()) {
      case AUTHENTICATION:
      case PERMISSION:
        return "Gong refused the credentials: " + g.getMessage();
      case TRANSPORT:
        return "the connection to Gong failed: " + g.getMessage() + resume;
      default:
        return g.getMessage() + resume;
    }
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 120) return s + " s";
    if (s < 7200) return (s / 60) + " min";
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
