package dev.gongconnector.client.crm;

/** Object types of Gong's CRM API (case-sensitive on the wire). */
public enum CrmObjectType {
  ACCOUNT,
  CONTACT,
  DEAL,
  LEAD
}
