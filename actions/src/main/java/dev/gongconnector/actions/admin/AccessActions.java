package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.CallAccess;
import dev.gongconnector.client.access.PermissionProfile;
import dev.gongconnector.client.access.ProfileUser;
import dev.gongconnector.client.flows.FlowAssignment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who has what: prospects' flow enrolments, individual call access, permission profiles. Each
 * action sends the ids it was given to Gong and answers with what Gong returned.
 */
public final class AccessActions {

  /** The answer of {@code get_prospect_flows}: the enrolments, and the prospects in none. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ProspectFlows(List<FlowAssignment> prospectsAssigned, Set<String> notInAnyFlow) {}

  /** The answer of {@code get_call_users_access}, as Gong names it. */
  public record CallUsersAccess(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CallAccess> callAccessList) {}

  /** A profile as {@code list_permission_profiles} lists it: every right is in the profile. */
  public record Summary(String id, String name, String description, String callsAccess) {
    static Summary of(PermissionProfile p) {
      String calls = p.callsAccess() == null ? null : p.callsAccess().permissionLevel();
      return new Summary(p.id(), p.name(), p.description(), calls);
    }
  }

  /** The parameters of {@code get_permission_profile}. */
  public record ProfileRequest(String profileId, boolean includeUsers) {}

  /** The answer of {@code get_permission_profile}; {@code users} only when asked for. */
  public record Profile(
      PermissionProfile profile,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<ProfileUser> users) {}

  private AccessActions() {}

  /** {@code get_prospect_flows}: the flows prospects (CRM contacts or leads) are enrolled in. */
  public static Action prospectFlows(GongClient client) {
    return new SimpleAction<>(
            "get_prospect_flows",
            List.of("get-prospect-flows", "prospect_flows", "flows_for_prospects"),
            List.of("admin"),
            """
            Which Gong Engage flows these prospects are in: give CRM ids of contacts or leads (from the \
            context of a call's parties, get_call with context=Extended). Each enrolment has flowId, \
            flowName, owner, status (Running, Pending, Paused), created; prospects in no flow are listed \
            in notInAnyFlow. Next: list_flows with the owner's e-mail for the flow's siblings.""",
            ParamSet.of(
                Param.strings("crm_prospect_ids", "CRM ids of contacts or leads.")
                    .requiredParam()
                    .withAliases("crm_prospects_ids", "prospect_ids", "ids")),
            (Params p) -> p.strings("crm_prospect_ids"),
            ids -> {
              List<FlowAssignment> assigned = client.flows().forProspects(ids);
              Set<String> none = new LinkedHashSet<>(ids);
              assigned.forEach(a -> none.remove(a.crmProspectId()));
              return new ProspectFlows(assigned, none);
            })
        .rows("prospectsAssigned", FlowAssignment.class);
  }

  /** {@code get_call_users_access}: users given individual access to calls. */
  public static Action callUsersAccess(GongClient client) {
    return new SimpleAction<>(
            "get_call_users_access",
            List.of("get-call-users-access", "call_users_access", "users_access"),
            List.of("admin"),
            """
            Who was given individual access to these calls through the API (callAccessList: callId, users \
            [{userId}]). Access through permission profiles or sharing is not listed: see \
            list_permission_profiles. Next: get_user for a user id.""",
            ParamSet.of(CommonParams.callIds("").requiredParam()),
            (Params p) -> p.strings("call_ids"),
            ids -> new CallUsersAccess(client.access().usersAccess(ids)))
        .rows("callAccessList", CallAccess.class);
  }

  /** {@code list_permission_profiles}: the permission profiles of a workspace, compact. */
  public static Action permissionProfiles(GongClient client) {
    return SimpleAction.listing(
        "list_permission_profiles",
        List.of("list-permission-profiles", "permission_profiles"),
        List.of("admin"),
        """
        List the permission profiles of a workspace (alphabetical): id, name, description and the \
        calls access level. Next: get_permission_profile for every right of one profile and the users \
        it controls. workspace_id comes from list_workspace_id_options.""",
        Param.string("workspace_id", "The workspace (list_workspace_id_options).")
            .requiredParam()
            .withAliases("workspace"),
        "profiles",
        workspace ->
            client.access().permissionProfiles(workspace).stream().map(Summary::of).toList());
  }

  /** {@code get_permission_profile}: one profile's rights and, optionally, its users. */
  public static Action permissionProfile(GongClient client) {
    return new SimpleAction<>(
        "get_permission_profile",
        List.of("get-permission-profile", "permission_profile"),
        List.of("admin"),
        """
        Get one permission profile with every right Gong reports (access levels for calls, deals, \
        coaching, forecast, library; flags such as downloadCallMedia, deleteCalls) and, with \
        include_users (default true), the users it controls. Ids come from list_permission_profiles. \
        Next: get_user for one of the users.""",
        ParamSet.of(
            Param.string("profile_id", "The permission profile id.")
                .requiredParam()
                .withAliases("id")
                .gongId(),
            Param.bool("include_users", "Also list the users the profile controls.")
                .withDefault(true)),
        p -> new ProfileRequest(p.string("profile_id"), p.flag("include_users")),
        r ->
            new Profile(
                client.access().permissionProfile(r.profileId()),
                r.includeUsers() ? client.access().permissionProfileUsers(r.profileId()) : null));
  }
}
