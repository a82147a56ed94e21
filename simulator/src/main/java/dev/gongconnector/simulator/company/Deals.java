package dev.gongconnector.simulator.company;

/**
 * The opportunity of an account as the CRM holds it now: one per account, so the CRM entities and
 * the "Now" context of every call of that account agree.
 */
public final class Deals {

  /** Stages a deal goes through, in order. */
  public static final String[] STAGES = {
    "Qualification", "Discovery", "Proposal", "Negotiation", "Closed Won", "Closed Lost"
  };

  private Deals() {}

  /** The opportunity's name in the CRM. */
  public static String name(Account a) {
    return a.name() + " - New Business";
  }

  /**
   * The current stage: Negotiation or later, so it is never earlier than the stage any call saw at
   * its time (those stop at Negotiation).
   */
  public static String stageNow(Account a) {
    return STAGES[3 + (int) Math.floorMod(Ids.mix(a.opportunityId().hashCode()), 3L)];
  }

  /** The amount in dollars. */
  public static int amount(Account a) {
    return 10_000 + (int) Math.floorMod(Ids.mix(a.crmAccountId().hashCode()), 190L) * 1000;
  }
}
