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
import dev.gongconnector.simulator.http.Scopes;
import dev.gongconnector.simulator.privacy.PrivacyHandlers;

/**
 * Routes of issue 11 part B: CRM, Engage flows, access and audit, permission profiles, privacy
 * look-ups. Kept apart from {@link GongSimulator} so the two halves of the issue touch it by one
 * line each. Each route is behind the OAuth scope Gong documents for it.
 */
final class PartBRoutes {

  private PartBRoutes() {}

  static void register(Router router, CallStore store, Cursors cursors, Scopes scopes) {
    CrmData crmData = new CrmData(store.company());
    CrmHandlers crm = new CrmHandlers(crmData, new ManualAssociations(store), cursors);
    FlowsHandlers flows =
        new FlowsHandlers(store.company(), new FlowsData(store.company()), cursors);
    AccessHandlers access = new AccessHandlers(store, cursors);
    PrivacyHandlers privacy = new PrivacyHandlers(store);
    new ScopedRoutes(router, scopes)
        .get("/v2/crm/integrations", "api:crm:integrations:read", crm::integrations)
        .get("/v2/crm/entity-schema", "api:crm:schema", crm::schema)
        .get("/v2/crm/entities", "api:crm:get-objects", crm::entities)
        .get(
            "/v2/calls/manual-crm-associations",
            "api:crm-calls:manual-association:read",
            crm::manualAssociations)
        .get("/v2/flows", "api:flows:read", flows::list)
        .post("/v2/flows/prospects", "api:flows:read", flows::prospects)
        .post("/v2/calls/users-access", "api:call-user-access:read", access::usersAccess)
        .get("/v2/logs", "api:logs:read", access::logs)
        .getUnscoped("/v2/all-permission-profiles", access::allProfiles)
        .getUnscoped("/v2/permission-profile", access::profile)
        .get("/v2/permission-profile/users", "api:users:read", access::profileUsers)
        .get("/v2/data-privacy/data-for-email-address", "api:data-privacy:read", privacy::forEmail)
        .get("/v2/data-privacy/data-for-phone-number", "api:data-privacy:read", privacy::forPhone);
  }
}
