package dev.gongconnector.actions.admin;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.ListAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.PermissionProfile;
import java.util.List;

/** {@code list_permission_profiles}: the permission profiles of a workspace, compact. */
public final class ListPermissionProfiles {

  /** A profile as listed: every right is in {@code get_permission_profile}. */
  public record Summary(String id, String name, String description, String callsAccess) {
    static Summary of(PermissionProfile p) {
      String calls = p.callsAccess() == null ? null : p.callsAccess().permissionLevel();
      return new Summary(p.id(), p.name(), p.description(), calls);
    }
  }

  private ListPermissionProfiles() {}

  public static Action create(GongClient client) {
    return new ListAction<>(
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
}
