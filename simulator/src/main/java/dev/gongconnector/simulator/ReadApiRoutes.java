package dev.gongconnector.simulator;

import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.crm.CrmData;
import dev.gongconnector.simulator.crm.CrmHandlers;
import dev.gongconnector.simulator.crm.ManualAssociations;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Router;

/**
 * Routes of issue 11 part B: CRM, Engage flows, access and audit, permission profiles, privacy
 * look-ups. Kept apart from {@link GongSimulator} so the two halves of the issue touch it by one
 * line each.
 */
final class ReadApiRoutes {

  private ReadApiRoutes() {}

  static void register(Router router, CallStore store, Cursors cursors) {
    CrmData crmData = new CrmData(store.company());
    CrmHandlers crm = new CrmHandlers(crmData, new ManualAssociations(store), cursors);
    router
        .add("GET", "/v2/crm/integrations", crm::integrations)
        .add("GET", "/v2/crm/entity-schema", crm::schema)
        .add("GET", "/v2/crm/entities", crm::entities)
        .add("GET", "/v2/calls/manual-crm-associations", crm::manualAssociations);
  }
}
