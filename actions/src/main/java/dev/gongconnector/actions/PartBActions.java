package dev.gongconnector.actions;

import dev.gongconnector.actions.admin.AccessActions;
import dev.gongconnector.actions.admin.GetAuditLogsAction;
import dev.gongconnector.actions.admin.ListFlowsAction;
import dev.gongconnector.actions.admin.LookupPrivacyDataAction;
import dev.gongconnector.actions.calls.GetCallMediaAction;
import dev.gongconnector.actions.crm.FindCallsByCrmAction;
import dev.gongconnector.actions.crm.GetCrmObjectsAction;
import dev.gongconnector.actions.crm.GetCrmSchemaAction;
import dev.gongconnector.actions.crm.Integrations;
import dev.gongconnector.actions.crm.ListManualCrmAssociationsAction;
import dev.gongconnector.client.GongClient;
import java.util.List;

/**
 * The actions of issue 11 part B, by toolset: {@code crm} (integrations, schema, objects, manual
 * associations, calls by account or opportunity), {@code admin} (flows, call access, audit logs,
 * permission profiles, privacy look-ups) and {@code calls} (media download).
 */
final class PartBActions {

  private PartBActions() {}

  static List<Action> all(GongClient client) {
    return List.of(
        Integrations.list(client),
        new GetCrmSchemaAction(client),
        new GetCrmObjectsAction(client),
        new ListManualCrmAssociationsAction(client),
        new FindCallsByCrmAction(client),
        new ListFlowsAction(client),
        AccessActions.prospectFlows(client),
        AccessActions.callUsersAccess(client),
        new GetAuditLogsAction(client),
        AccessActions.permissionProfiles(client),
        AccessActions.permissionProfile(client),
        new LookupPrivacyDataAction(client),
        new GetCallMediaAction(client));
  }
}
