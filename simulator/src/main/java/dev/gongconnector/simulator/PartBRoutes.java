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
    router
        .add(
            "GET",
            "/v2/crm/integrations",
            scopes.require("api:crm:integrations:read", crm::integrations))
        .add("GET", "/v2/crm/entity-schema", scopes.require("api:crm:schema", crm::schema))
        .add("GET", "/v2/crm/entities", scopes.require("api:crm:get-objects", crm::entities))
        .add(
            "GET",
            "/v2/calls/manual-crm-associations",
            scopes.require("api:crm-calls:manual-association:read", crm::manualAssociations));
    FlowsHandlers flows =
        new FlowsHandlers(store.company(), new FlowsData(store.company()), cursors);
    router
        .add("GET", "/v2/flows", scopes.require("api:flows:read", flows::list))
        .add("POST", "/v2/flows/prospects", scopes.require("api:flows:read", flows::prospects));
    AccessHandlers access = new AccessHandlers(store, cursors);
    router
        .add(
            "POST",
            "/v2/calls/users-access",
            scopes.require("api:call-user-access:read", access::usersAccess))
        .add("GET", "/v2/logs", scopes.require("api:logs:read", access::logs))
        .add("GET", "/v2/all-permission-profiles", access::allProfiles)
        .add("GET", "/v2/permission-profile", access::profile)
        .add(
            "GET",
            "/v2/permission-profile/users",
            scopes.require("api:users:read", access::profileUsers));
    PrivacyHandlers privacy = new PrivacyHandlers(store);
    router
        .add(
            "GET",
            "/v2/data-privacy/data-for-email-address",
            scopes.require("api:data-privacy:read", privacy::forEmail))
        .add(
            "GET",
            "/v2/data-privacy/data-for-phone-number",
            scopes.require("api:data-privacy:read", privacy::forPhone));
  }
}
