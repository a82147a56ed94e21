package dev.gongconnector.client.crm;

/** Object types of Gong's CRM API (case-sensitive on the wire). */
public enum CrmObjectType {
  /** A CRM account (a company). */
  ACCOUNT,
  /** A CRM contact (a person at an account). */
  CONTACT,
  /** A CRM deal (an opportunity). */
  DEAL,
  /** A CRM lead (a person not yet qualified). */
  LEAD
}
