package dev.gongconnector.simulator.crm;

import dev.gongconnector.simulator.company.Account;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Contact;
import dev.gongconnector.simulator.company.Deals;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's CRM as Gong's generic CRM integration holds it: one integration, a schema per
 * object type, and the accounts, contacts and deals (opportunities) that the generated calls' CRM
 * context names, under the same ids and with the same field names and values.
 */
public final class CrmData {

  /** Object types of Gong's CRM API. */
  public static final List<String> TYPES = List.of("ACCOUNT", "CONTACT", "DEAL", "LEAD");

  /** One schema field ({@code GenericSchemaFieldRequest}). */
  public record Field(
      String uniqueName, String label, String type, String referenceTo, List<String> values) {}

  private final Company company;
  private final long integrationId;
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, Account> deals = new HashMap<>();
  private final Map<String, Contact> contacts = new HashMap<>();
  private final Map<String, Account> contactAccount = new HashMap<>();

  public CrmData(Company company) {
    this.company = company;
    this.integrationId =
        1_000_000_000_000L + Math.floorMod(Ids.mix(company.seed() ^ 0xC2A1L), 8_999_999_999_999L);
    for (Account a : company.accounts()) {
      accounts.put(a.crmAccountId(), a);
      deals.put(a.opportunityId(), a);
      for (Contact c : a.contacts()) {
        contacts.put(c.crmId(), c);
        contactAccount.put(c.crmId(), a);
      }
    }
  }

  public long integrationId() {
    return integrationId;
  }

  public String integrationName() {
    return company.name() + " CRM sync";
  }

  /** The integration's owner: the first manager (a stand-in for a CRM administrator). */
  public String ownerEmail() {
    for (User u : company.users()) {
      if (u.role() == User.Role.MANAGER) {
        return u.emailAddress();
      }
    }
    return company.users().get(0).emailAddress();
  }

  /** The schema fields of one object type. */
  public List<Field> schema(String type) {
    switch (type) {
      case "ACCOUNT":
        return List.of(
            new Field("Name", "Account Name", "STRING", null, null),
            new Field("Website", "Website", "URL", null, null),
            new Field("Industry", "Industry", "PICKLIST", null, industries()));
      case "CONTACT":
        return List.of(
            new Field("FirstName", "First Name", "STRING", null, null),
            new Field("LastName", "Last Name", "STRING", null, null),
            new Field("Name", "Full Name", "STRING", null, null),
            new Field("Title", "Title", "STRING", null, null),
            new Field("Email", "Email", "EMAILADDRESS", null, null),
            new Field("Phone", "Phone", "PHONENUMBER", null, null),
            new Field("AccountId", "Account", "REFERENCE", "ACCOUNT", null));
      case "DEAL":
        return List.of(
            new Field("Name", "Opportunity Name", "STRING", null, null),
            new Field("StageName", "Stage", "PICKLIST", null, List.of(Deals.STAGES)),
            new Field("Amount", "Amount", "CURRENCY", null, null),
            new Field("AccountId", "Account", "REFERENCE", "ACCOUNT", null));
      default: // LEAD: in the schema, but the company keeps no leads
        return List.of(
            new Field("FirstName", "First Name", "STRING", null, null),
            new Field("LastName", "Last Name", "STRING", null, null),
            new Field("Company", "Company", "STRING", null, null),
            new Field("Email", "Email", "EMAILADDRESS", null, null));
    }
  }

  private List<String> industries() {
    return company.accounts().stream().map(Account::industry).distinct().sorted().toList();
  }

  /** The fields of object {@code id} of {@code type} (values are strings or numbers), or null. */
  public Map<String, Object> object(String type, String id) {
    Map<String, Object> f = new LinkedHashMap<>();
    switch (type) {
      case "ACCOUNT":
        Account a = accounts.get(id);
        if (a == null) {
          return null;
        }
        f.put("Name", a.name());
        f.put("Website", "https://www." + a.domain());
        f.put("Industry", a.industry());
        return f;
      case "CONTACT":
        Contact c = contacts.get(id);
        if (c == null) {
          return null;
        }
        f.put("FirstName", c.firstName());
        f.put("LastName", c.lastName());
        f.put("Name", c.fullName());
        f.put("Title", c.title());
        f.put("Email", c.email());
        f.put("Phone", c.phone());
        f.put("AccountId", contactAccount.get(id).crmAccountId());
        return f;
      case "DEAL":
        Account d = deals.get(id);
        if (d == null) {
          return null;
        }
        f.put("Name", Deals.name(d));
        f.put("StageName", Deals.stageNow(d));
        f.put("Amount", Deals.amount(d));
        f.put("AccountId", d.crmAccountId());
        return f;
      default:
        return null;
    }
  }

  /** The account with this CRM id, or null. */
  public Account account(String crmAccountId) {
    return accounts.get(crmAccountId);
  }
}
