package dev.gongconnector.simulator.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Party;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Account;
import dev.gongconnector.simulator.company.Contact;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read-only privacy look-ups: {@code GET /v2/data-privacy/data-for-email-address} and {@code
 * data-for-phone-number} (scope {@code api:data-privacy:read}). They list the generated calls whose
 * parties carry the address or number and the CRM contacts that have it; the company has no
 * imported e-mails, meetings or engagement events, so those lists are empty. Nothing found is an
 * answer with empty lists (Gong documents no 404 here). Calls added over the API are not indexed.
 */
public final class PrivacyHandlers {

  private final CallStore store;
  private volatile Map<String, Set<String>> callsByKey;

  public PrivacyHandlers(CallStore store) {
    this.store = store;
  }

  /** {@code GET /v2/data-privacy/data-for-email-address?emailAddress}. */
  public Response forEmail(Request r) {
    String email = ListPages.required(r, "emailAddress").toLowerCase(Locale.ROOT);
    if (email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1) {
      throw ApiException.badRequest("emailAddress: '" + email + "' is not an e-mail address");
    }
    List<Contact> contacts = new ArrayList<>();
    for (Account a : store.company().accounts()) {
      for (Contact c : a.contacts()) {
        if (c.email().equalsIgnoreCase(email)) {
          contacts.add(c);
        }
      }
    }
    Set<String> calls = index().getOrDefault("e:" + email, Set.of());
    return Response.ok(
        r,
        g -> {
          common(g, calls, contacts);
          // Only the e-mail answer has engagement events in Gong's schema.
          g.writeArrayFieldStart("customerEngagement");
          g.writeEndArray();
        });
  }

  /**
   * {@code GET /v2/data-privacy/data-for-phone-number?phoneNumber} ("+" and digits; others
   * ignored).
   */
  public Response forPhone(Request r) {
    String supplied = ListPages.required(r, "phoneNumber");
    String digits = digits(supplied);
    if (!supplied.strip().startsWith("+") || digits.length() < 7) {
      throw ApiException.badRequest(
          "phoneNumber: must start with + and the country code, e.g. +1 415-555-0100");
    }
    List<Contact> contacts = new ArrayList<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    for (Account a : store.company().accounts()) {
      for (Contact c : a.contacts()) {
        if (digits(c.phone()).equals(digits)) {
          contacts.add(c);
          numbers.add(c.phone());
          emails.add(c.email());
        }
      }
    }
    Set<String> calls = index().getOrDefault("p:" + digits, Set.of());
    return Response.ok(
        r,
        g -> {
          common(g, calls, contacts);
          g.writeStringField("suppliedPhoneNumber", supplied);
          strings(g, "matchingPhoneNumbers", numbers);
          strings(g, "emailAddresses", emails);
        });
  }

  private static void common(JsonGenerator g, Set<String> calls, List<Contact> contacts)
      throws IOException {
    g.writeArrayFieldStart("emails");
    g.writeEndArray();
    g.writeArrayFieldStart("calls");
    for (String id : calls) {
      g.writeStartObject();
      g.writeStringField("id", id);
      // Status values are undocumented (unconfirmed); a generated call is always complete.
      g.writeStringField("status", "COMPLETED");
      g.writeArrayFieldStart("externalSystems");
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("meetings");
    g.writeEndArray();
    g.writeArrayFieldStart("customerData");
    if (!contacts.isEmpty()) {
      g.writeStartObject();
      g.writeStringField("system", "Salesforce");
      g.writeArrayFieldStart("objects");
      for (Contact c : contacts) {
        g.writeStartObject();
        g.writeStringField(
            "id",
            Long.toString(
                1_000_000_000_000_000_000L
                    + Math.floorMod(Ids.mix(c.crmId().hashCode()), 8_000_000_000_000_000_000L)));
        g.writeStringField("objectType", "Contact");
        g.writeStringField("externalId", c.crmId());
        g.writeArrayFieldStart("fields");
        field(g, "Name", c.fullName());
        field(g, "Email", c.email());
        field(g, "Phone", c.phone());
        field(g, "Title", c.title());
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void field(JsonGenerator g, String name, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, Set<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static String digits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= '0' && ch <= '9') {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * e-mail ("e:") and phone digits ("p:") to the ids of calls whose parties carry them, built once.
   */
  private Map<String, Set<String>> index() {
    Map<String, Set<String>> m = callsByKey;
    if (m == null) {
      synchronized (this) {
        if (callsByKey == null) {
          Map<String, Set<String>> built = new HashMap<>();
          for (int p = 0; p < store.generatedCount(); p++) {
            SimCall c = store.generatedCall(p);
            for (Party party : c.parties()) {
              if (party.emailAddress() != null) {
                built
                    .computeIfAbsent(
                        "e:" + party.emailAddress().toLowerCase(Locale.ROOT),
                        k -> new LinkedHashSet<>())
                    .add(c.idString());
              }
              if (party.phoneNumber() != null) {
                built
                    .computeIfAbsent("p:" + digits(party.phoneNumber()), k -> new LinkedHashSet<>())
                    .add(c.idString());
              }
            }
          }
          callsByKey = built;
        }
        m = callsByKey;
      }
    }
    return m;
  }
}
