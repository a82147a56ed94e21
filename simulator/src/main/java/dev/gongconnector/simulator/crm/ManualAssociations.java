package dev.gongconnector.simulator.crm;

import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Ids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calls a user associated by hand with a CRM account and deal: about one external call in 25,
 * linked by its host to the account (and deal) the call was with, one to 48 hours after the call;
 * one in five of them was re-associated later (Gong lists both events). Computed once, from the
 * generated calls only.
 */
public final class ManualAssociations {

  /** One association event. */
  public record Association(
      String callId, String userId, long createdMillis, String accountCrmId, String dealCrmId) {}

  private final CallStore store;
  private volatile List<Association> all;

  public ManualAssociations(CallStore store) {
    this.store = store;
  }

  long anchorMillis() {
    return store.anchor().toEpochMilli();
  }

  /** Events created at or after {@code fromMillis}, oldest first. */
  public List<Association> since(long fromMillis) {
    List<Association> l = all();
    List<Association> out = new ArrayList<>();
    for (Association a : l) {
      if (a.createdMillis() >= fromMillis) {
        out.add(a);
      }
    }
    return out;
  }

  /** Every event, oldest first. */
  public List<Association> all() {
    List<Association> l = all;
    if (l == null) {
      synchronized (this) {
        if (all == null) {
          all = compute();
        }
        l = all;
      }
    }
    return l;
  }

  private List<Association> compute() {
    long anchor = anchorMillis();
    List<Association> out = new ArrayList<>();
    for (int p = 0; p < store.generatedCount(); p++) {
      SimCall c = store.generatedCall(p);
      long h = Ids.mix(c.id() ^ 0xA550C1A7EL);
      if (c.account() == null || Math.floorMod(h, 25L) != 0) {
        continue;
      }
      long created =
          c.startedMillis() + c.duration() * 1000L + 3_600_000L * (1 + Math.floorMod(h >>> 8, 48L));
      if (created >= anchor) {
        continue; // not yet made at the anchor
      }
      boolean withDeal = Math.floorMod(h >>> 16, 4L) != 0;
      Association a =
          new Association(
              c.idString(),
              c.primaryUserId(),
              created,
              c.account().crmAccountId(),
              withDeal ? c.account().opportunityId() : null);
      out.add(a);
      if (Math.floorMod(h >>> 24, 5L) == 0 && created + 86_400_000L < anchor) {
        // Re-associated a day later, now with the deal.
        out.add(
            new Association(
                a.callId(),
                a.userId(),
                created + 86_400_000L,
                a.accountCrmId(),
                c.account().opportunityId()));
      }
    }
    out.sort(
        Comparator.comparingLong(Association::createdMillis).thenComparing(Association::callId));
    return List.copyOf(out);
  }
}
