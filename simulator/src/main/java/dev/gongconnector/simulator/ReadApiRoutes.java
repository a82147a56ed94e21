package dev.gongconnector.simulator;

import dev.gongconnector.simulator.access.AccessHandlers;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.crm.CrmData;
import dev.gongconnector.simulator.crm.CrmHandlers;
import dev.gongconnector.simulator.crm.ManualAssociations;
import dev.gongconnector.simulator.flows.FlowsData;
import dev.gongconnector.simulator.flows.FlowsHandlers;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Router;
import dev.gongconnector.simulator.privacy.PrivacyHandlers;

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
    FlowsHandlers flows =
        new FlowsHandlers(store.company(), new FlowsData(store.company()), cursors);
    router
        .add("GET", "/v2/flows", flows::list)
        .add("POST", "/v2/flows/prospects", flows::prospects);
    AccessHandlers access = new AccessHandlers(store, cursors);
    router
        .add("POST", "/v2/calls/users-access", access::usersAccess)
        .add("GET", "/v2/logs", access::logs)
        .add("GET", "/v2/all-permission-profiles", access::allProfiles)
        .add("GET", "/v2/permission-profile", access::profile)
        .add("GET", "/v2/permission-profile/users", access::profileUsers);
    PrivacyHandlers privacy = new PrivacyHandlers(store);
    router
        .add("GET", "/v2/data-privacy/data-for-email-address", privacy::forEmail)
        .add("GET", "/v2/data-privacy/data-for-phone-number", privacy::forPhone);
  }
}
