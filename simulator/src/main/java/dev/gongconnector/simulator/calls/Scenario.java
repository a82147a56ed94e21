package dev.gongconnector.simulator.calls;

import java.util.List;

/** The kind of conversation a call is; picks its title, its topics and what is said. */
public enum Scenario {
  COLD_CALL("Intro call", List.of("Call Setup", "Introduction", "Discovery", "Next Steps")),
  DISCOVERY(
      "Discovery",
      List.of(
          "Small Talk",
          "Introduction",
          "Discovery",
          "Pain Points",
          "Product Overview",
          "Next Steps")),
  DEMO(
      "Product demo",
      List.of("Small Talk", "Agenda", "Product Demo", "Integrations", "Competition", "Next Steps")),
  PRICING(
      "Pricing and proposal",
      List.of("Small Talk", "Recap", "Pricing", "Competition", "Objections", "Next Steps")),
  SECURITY_REVIEW(
      "Security review",
      List.of("Introduction", "Security", "Compliance", "Integrations", "Next Steps")),
  PROCUREMENT(
      "Procurement and legal",
      List.of("Small Talk", "Pricing", "Procurement", "Legal", "Timeline", "Next Steps")),
  ONBOARDING(
      "Onboarding kickoff",
      List.of("Small Talk", "Agenda", "Implementation", "Integrations", "Training", "Next Steps")),
  RENEWAL(
      "Quarterly business review",
      List.of("Small Talk", "Usage Review", "Success Metrics", "Renewal", "Pricing", "Next Steps")),
  INTERNAL("Pipeline review", List.of("Pipeline", "Deal Strategy", "Forecast", "Next Steps"));

  private final String label;
  private final List<String> topics;

  Scenario(String label, List<String> topics) {
    this.label = label;
    this.topics = topics;
  }

  public String label() {
    return label;
  }

  /** Topic names in the order the conversation goes through them. */
  public List<String> topics() {
    return topics;
  }
}
