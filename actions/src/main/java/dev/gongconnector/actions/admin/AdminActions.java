package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.Listing;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.access.CallAccess;
import dev.gongconnector.client.access.LogEntry;
import dev.gongconnector.client.access.LogType;
import dev.gongconnector.client.access.PermissionProfile;
import dev.gongconnector.client.access.ProfileUser;
import dev.gongconnector.client.flows.Flow;
import dev.gongconnector.client.flows.FlowAssignment;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code admin} toolset: Gong Engage flows (of a user, of prospects), who has or had access to
 * what (individual call access, audit logs, permission profiles) and what references a person
 * (privacy look-ups).
 */
public final class AdminActions {

  /** The parameters of {@code list_flows}. */
  public record FlowsRequest(String flowOwnerEmail, String workspaceId, int maxResults) {}

  /** The answer of {@code list_flows}. */
  public record Flows(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Flow> flows, @JsonUnwrapped Counts counts) {}

  /** The answer of {@code get_prospect_flows}: the enrolments, and the prospects in none. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ProspectFlows(List<FlowAssignment> prospectsAssigned, Set<String> notInAnyFlow) {}

  /** The answer of {@code get_call_users_access}, as Gong names it. */
  public record CallUsersAccess(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CallAccess> callAccessList) {}

  /** The parameters of {@code get_audit_logs}. */
  public record LogsRequest(LogType type, Ranges.Range range, int maxResults) {}

  /**
   * The answer of {@code get_audit_logs}: the entries in Gong's order, the counts and the range.
   */
  public record Logs(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<LogEntry> logEntries,
      @JsonUnwrapped Counts counts,
      Ranges.Range range) {}

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

  /** The parameters of {@code lookup_privacy_data}: exactly one of them is set. */
  public record PrivacyRequest(String emailAddress, String phoneNumber) {}

  private AdminActions() {}

  /** {@code list_flows}: Gong Engage flows a user owns or can use. */
  public static Action flows(GongClient client) {
    return new SimpleAction<>(
        "list_flows",
        List.of("list-flows", "flows", "engage_flows"),
        List.of("admin"),
        """
        List the Gong Engage flows (sequences) of a user: their personal flows plus company and shared \
        flows, each with id, name, folder, visibility, creationDate, exclusive. Needs the owner's e-mail \
        (list_users finds it). Next: get_prospect_flows to see which prospects are in flows.""",
        ParamSet.of(
            Param.string("flow_owner_email", "E-mail of the Gong user whose flows to list.")
                .requiredParam()
                .withAliases("owner_email", "email"),
            Param.string(
                    "workspace_id", "Only flows of this workspace (list_workspace_id_options).")
                .withAliases("workspace")
                .gongId(),
            CommonParams.maxResults(200, 10_000, "flows")),
        new Listing("flows", Flow.class),
        p ->
            new FlowsRequest(
                p.string("flow_owner_email"),
                p.text("workspace_id").orElse(null),
                p.intValue("max_results")),
        r -> {
          Collected<Flow> read =
              Page.collect(
                  c -> client.flows().listPage(r.flowOwnerEmail(), r.workspaceId(), c),
                  r.maxResults());
          return new Flows(read.items(), Counts.of(read));
        });
  }

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
        new Listing("prospectsAssigned", FlowAssignment.class),
        (Params p) -> p.strings("crm_prospect_ids"),
        ids -> {
          List<FlowAssignment> assigned = client.flows().forProspects(ids);
          Set<String> none = new LinkedHashSet<>(ids);
          assigned.forEach(a -> none.remove(a.crmProspectId()));
          return new ProspectFlows(assigned, none);
        });
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
        new Listing("callAccessList", CallAccess.class),
        (Params p) -> p.strings("call_ids"),
        ids -> new CallUsersAccess(client.access().usersAccess(ids)));
  }

  /** {@code get_audit_logs}: Gong's audit logs of one type for a range. */
  public static Action auditLogs(GongClient client) {
    return new SimpleAction<>(
        "get_audit_logs",
        List.of("get-audit-logs", "audit_logs", "logs"),
        List.of("admin"),
        """
        Read Gong's audit log of one type for a range (default: the last 30 days): AccessLog (logins), \
        UserActivityLog, UserCallPlay (who played which call), ExternallySharedCallAccess / \
        ExternallySharedCallPlay (customers opening shared calls). Entries: user, eventTime, logRecord \
        (fields depend on the type). Next: get_call for a callId in a logRecord, get_user for a user.""",
        ParamSet.of(
            Param.string("log_type", "Which log.")
                .requiredParam()
                .withEnum(
                    "AccessLog",
                    "UserActivityLog",
                    "UserCallPlay",
                    "ExternallySharedCallAccess",
                    "ExternallySharedCallPlay")
                .withAliases("type"),
            CommonParams.fromDate("entries"),
            CommonParams.toDate("entries"),
            CommonParams.maxResults(200, 10_000, "entries")),
        new Listing("logEntries", LogEntry.class),
        p ->
            new LogsRequest(
                LogType.valueOf(p.string("log_type")),
                Ranges.withDefaults(p),
                p.intValue("max_results")),
        r -> {
          Collected<LogEntry> read =
              Page.collect(
                  c ->
                      client
                          .access()
                          .logsPage(
                              r.type(),
                              r.range().from().atOffset(ZoneOffset.UTC),
                              r.range().to().atOffset(ZoneOffset.UTC),
                              c),
                  r.maxResults());
          return new Logs(read.items(), Counts.of(read), r.range());
        });
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
            CommonParams.id("profile_id", "The permission profile id."),
            Param.bool("include_users", "Also list the users the profile controls.")
                .withDefault(true)),
        null,
        p -> new ProfileRequest(p.string("profile_id"), p.flag("include_users")),
        r ->
            new Profile(
                client.access().permissionProfile(r.profileId()),
                r.includeUsers() ? client.access().permissionProfileUsers(r.profileId()) : null));
  }

  /** {@code lookup_privacy_data}: what in Gong references an e-mail address or phone number. */
  public static Action privacyData(GongClient client) {
    return new SimpleAction<>(
        "lookup_privacy_data",
        List.of("lookup-privacy-data", "privacy_lookup", "data_for_email", "data_for_phone"),
        List.of("admin"),
        """
        Read-only privacy look-up (e.g. for a data-subject request): the calls, e-mails, meetings, CRM \
        leads/contacts and engagement events in Gong that reference an e-mail address or a phone \
        number (give exactly one; a phone number starts with + and the country code). Nothing is \
        deleted. Next: get_call for a call id.""",
        ParamSet.of(
            Param.string("email_address", "The e-mail address to look up.").withAliases("email"),
            Param.string("phone_number", "The phone number, e.g. +1 415-555-0100.")
                .withAliases("phone")),
        null,
        p -> {
          if (p.has("email_address") == p.has("phone_number")) {
            throw new InvalidParameterException(
                "email_address", "give exactly one of email_address or phone_number");
          }
          return new PrivacyRequest(p.string("email_address"), p.string("phone_number"));
        },
        r ->
            r.emailAddress() != null
                ? client.privacy().forEmailAddress(r.emailAddress())
                : client.privacy().forPhoneNumber(r.phoneNumber()));
  }
}
