package dev.gongconnector.simulator.calls;

import java.util.List;
import java.util.Map;

/**
 * Sentence frames for long topics: a frame ({@code "Does {t} work for you?"}) filled with one of
 * the things the topic is about ({@code "the per-seat price"}), optionally after a spoken connector
 * ({@code "So, "}).
 */
final class Frames {

  private Frames() {}

  /** Short answers the listener gives between longer turns. */
  static final List<String> BACKCHANNEL =
      List.of(
          "Right.",
          "Got it.",
          "Okay, that's helpful.",
          "Mm-hmm, yes.",
          "Sure.",
          "Makes sense.",
          "Yeah, exactly.",
          "Okay.",
          "Interesting.",
          "Understood.");

  /** Spoken openers put in front of a frame. */
  static final List<String> CONNECTORS =
      List.of(
          "So, ",
          "And ",
          "Also, ",
          "To be honest, ",
          "Quick question, ",
          "Yeah, ",
          "Okay, so ",
          "Actually, ",
          "One more thing, ",
          "Right, and ",
          "Just so I understand, ",
          "From our side, ");

  /** Seller-side sentence frames; {t} is a thing the topic is about. */
  static final List<String> SELLER_FRAMES =
      List.of(
          "Let me walk you through {t}.",
              "On {t}, what we usually see is that teams start small and expand.",
          "Does {t} work for you?", "I can check with my manager about {t}.",
          "So regarding {t}, how are you thinking about it?",
              "Just to confirm, {t} is the main open question?",
          "A lot of our customers in {industry} ask about {t} as well.",
              "I'll put {t} in the recap email.",
          "What would you need to see on {t} to feel comfortable?",
              "Good point, {t} is usually where it gets interesting.",
          "We changed how we handle {t} last year, it's much simpler now.",
              "Who on your side owns {t}?");

  /** Buyer-side sentence frames. */
  static final List<String> BUYER_FRAMES =
      List.of(
          "I'd like to understand {t} a bit better.",
              "{T} is something we need to discuss internally.",
          "Honestly, {t} is my biggest concern right now.",
              "Can you send me something in writing about {t}?",
          "We had issues with {t} in the past.", "Okay, {t} makes sense to me.",
          "How do other customers handle {t}?", "My boss will definitely ask about {t}.",
          "What's the typical timeline for {t}?", "For us {t} is a must-have, not a nice-to-have.",
          "I'm not sure {t} is a priority this quarter.",
              "Let me loop in the person who owns {t}.");

  private static final List<String> GENERIC_THINGS =
      List.of(
          "the rollout plan",
          "the main use case",
          "the team's workflow",
          "the reporting",
          "the next quarter",
          "the business case");

  /** What a topic is about: noun phrases for the frames. */
  static List<String> things(String topic) {
    List<String> t = THINGS.get(topic);
    return t == null ? GENERIC_THINGS : t;
  }

  private static final Map<String, List<String>> THINGS =
      Map.ofEntries(
          Map.entry(
              "Call Setup",
              List.of(
                  "the reason for my call",
                  "your current reporting setup",
                  "a quick intro meeting")),
          Map.entry(
              "Small Talk",
              List.of("the weather over there", "the conference last month", "the holidays")),
          Map.entry(
              "Introduction",
              List.of(
                  "your role",
                  "the team structure",
                  "what {seller} does",
                  "your priorities this year")),
          Map.entry(
              "Agenda",
              List.of("the agenda", "the time we have today", "the questions from your team")),
          Map.entry(
              "Recap",
              List.of("what we discussed last time", "the goals you shared", "the open questions")),
          Map.entry(
              "Discovery",
              List.of(
                  "your current process",
                  "the manual reporting",
                  "the forecast accuracy",
                  "the handoff between teams",
                  "the data quality",
                  "the tools you use today",
                  "how deals are reviewed")),
          Map.entry(
              "Pain Points",
              List.of(
                  "the time spent on spreadsheets",
                  "the missed renewals",
                  "the lack of visibility",
                  "the churn last quarter",
                  "the pipeline hygiene")),
          Map.entry(
              "Product Overview",
              List.of(
                  "the platform",
                  "the risk alerts",
                  "the dashboards",
                  "the {integration} connector")),
          Map.entry(
              "Product Demo",
              List.of(
                  "the dashboard",
                  "the risk score",
                  "the pipeline view",
                  "the alerts",
                  "the role-based access",
                  "the custom reports",
                  "the mobile app")),
          Map.entry(
              "Integrations",
              List.of(
                  "the {integration} integration",
                  "the API",
                  "the data sync",
                  "single sign-on",
                  "the webhooks")),
          Map.entry(
              "Competition",
              List.of(
                  "{competitor}",
                  "the other vendors",
                  "the comparison with {competitor}",
                  "your evaluation criteria")),
          Map.entry(
              "Pricing",
              List.of(
                  "the pricing",
                  "the per-seat price",
                  "the discount",
                  "the budget for next year",
                  "the payment terms",
                  "the implementation fee",
                  "a multi-year agreement")),
          Map.entry(
              "Objections",
              List.of(
                  "the adoption risk",
                  "the change management",
                  "the timing",
                  "the cost of switching")),
          Map.entry(
              "Security",
              List.of(
                  "the security review",
                  "SOC 2",
                  "SSO",
                  "data encryption",
                  "the penetration test",
                  "access controls",
                  "the security questionnaire")),
          Map.entry(
              "Compliance", List.of("GDPR", "the DPA", "data residency", "the retention policy")),
          Map.entry(
              "Procurement",
              List.of(
                  "the procurement process",
                  "the order form",
                  "the vendor onboarding",
                  "the approval chain",
                  "the contract")),
          Map.entry(
              "Legal",
              List.of("the MSA", "the liability cap", "the redlines", "the auto-renewal clause")),
          Map.entry(
              "Timeline",
              List.of("the go-live date", "the signature date", "the budget cycle", "the kickoff")),
          Map.entry(
              "Implementation",
              List.of(
                  "the implementation plan",
                  "the kickoff",
                  "the data migration",
                  "the project team")),
          Map.entry(
              "Training",
              List.of(
                  "the training sessions", "the onboarding for new hires", "the admin training")),
          Map.entry(
              "Usage Review",
              List.of("the adoption numbers", "the weekly active users", "the usage by team")),
          Map.entry(
              "Success Metrics",
              List.of("the forecast accuracy", "the time saved", "the win rate", "the ROI")),
          Map.entry(
              "Renewal",
              List.of("the renewal", "the seat count", "the renewal price", "the contract term")),
          Map.entry(
              "Next Steps",
              List.of(
                  "the next steps",
                  "the follow-up meeting",
                  "the proposal",
                  "the recap email",
                  "the decision date")),
          Map.entry(
              "Pipeline",
              List.of("the pipeline", "the deals in commit", "the slipped deals", "{account}")),
          Map.entry(
              "Deal Strategy",
              List.of(
                  "the deal strategy",
                  "the executive sponsor",
                  "the mutual action plan",
                  "{account}")),
          Map.entry(
              "Forecast",
              List.of("the forecast", "the commit number", "the upside", "the best case")));
}
