package dev.gongconnector.actions;

import dev.gongconnector.actions.admin.AdminActions;
import dev.gongconnector.actions.calls.GetCallMediaAction;
import dev.gongconnector.actions.crm.CrmActions;
import dev.gongconnector.actions.crm.FindCallsByCrmAction;
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
        CrmActions.list(client),
        CrmActions.schema(client),
        CrmActions.objects(client),
        CrmActions.manualAssociations(client),
        new FindCallsByCrmAction(client),
        AdminActions.flows(client),
        AdminActions.prospectFlows(client),
        AdminActions.callUsersAccess(client),
        AdminActions.auditLogs(client),
        AdminActions.permissionProfiles(client),
        AdminActions.permissionProfile(client),
        AdminActions.privacyData(client),
        new GetCallMediaAction(client));
  }
}
