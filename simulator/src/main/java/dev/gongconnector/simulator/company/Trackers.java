package dev.gongconnector.simulator.company;

import java.util.List;
import java.util.SplittableRandom;

/** The company's trackers (Gong's keyword and smart trackers) and the phrases they listen for. */
public final class Trackers {

  private Trackers() {}

  /** Competitor names (fictional) used in conversations and in the Competitors tracker. */
  public static final List<String> COMPETITORS = Names.COMPETITORS;

  /** A tracker definition. {@code type} is {@code KEYWORD} or {@code SMART}. */
  public record Tracker(String id, String name, String type, List<String> phrases) {}

  /** Trackers with ids derived from the seed. */
  public static List<Tracker> of(long seed) {
    var rng = Ids.rng(seed, 5);
    return List.of(
        tracker(rng, "Competitors", "KEYWORD", COMPETITORS),
        tracker(
            rng,
            "Pricing",
            "KEYWORD",
            List.of("price", "pricing", "discount", "budget", "list price")),
        tracker(
            rng,
            "Security",
            "KEYWORD",
            List.of("SOC 2", "security review", "SSO", "GDPR", "encrypted", "penetration test")),
        tracker(
            rng,
            "Integrations",
            "KEYWORD",
            List.of("Salesforce", "HubSpot", "Snowflake", "Slack", "Okta", "API")),
        tracker(
            rng,
            "Next Steps",
            "SMART",
            List.of("next step", "follow up", "schedule", "send over", "calendar")),
        tracker(
            rng,
            "Objections",
            "SMART",
            List.of("concern", "too expensive", "above the budget", "not great", "failed")),
        tracker(
            rng,
            "Procurement",
            "KEYWORD",
            List.of("procurement", "legal", "contract", "order form", "MSA", "DPA")));
  }

  /** A tracker with the next id of {@code rng}: ids follow the order of the list. */
  private static Tracker tracker(
      SplittableRandom rng, String name, String type, List<String> phrases) {
    return new Tracker(Long.toString(Ids.next(rng)), name, type, phrases);
  }
}
