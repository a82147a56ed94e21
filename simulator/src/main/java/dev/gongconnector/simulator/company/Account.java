package dev.gongconnector.simulator.company;

import java.util.List;

/** A prospect or customer account with its contacts and CRM ids. */
public record Account(
    String name,
    String domain,
    String industry,
    String crmAccountId,
    String opportunityId,
    List<Contact> contacts) {}
