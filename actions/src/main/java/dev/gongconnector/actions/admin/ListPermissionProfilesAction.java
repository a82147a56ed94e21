package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.PermissionProfile;
import java.util.List;

/** {@code list_permission_profiles}: the permission profiles of a workspace. */
public final class ListPermissionProfilesAction extends BaseAction {

  public static final String NAME = "list_permission_profiles";

  private final GongClient client;

  public ListPermissionProfilesAction(GongClient client) {
    super(
        NAME,
        List.of("list-permission-profiles", "permission_profiles"),
        """
        List the permission profiles of a workspace (alphabetical): id, name, description and the \
        calls access level. Next: get_permission_profile for every right of one profile and the users \
        it controls. workspace_id comes from list_workspace_id_options.""",
        ParamSet.of(
            Param.string("workspace_id", "The workspace (list_workspace_id_options).")
                .requiredParam()
                .withAliases("workspace")
                .gongId()),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    ArrayNode out = Json.array();
    for (PermissionProfile pp : client.access().permissionProfiles(p.string("workspace_id"))) {
      ObjectNode n = Json.object();
      n.put("id", pp.id());
      Json.putIfPresent(n, "name", pp.name());
      Json.putIfPresent(n, "description", pp.description());
      if (pp.callsAccess() != null) {
        Json.putIfPresent(n, "callsAccess", pp.callsAccess().permissionLevel());
      }
      out.add(n);
    }
    ObjectNode data = Json.object();
    data.set("profiles", out);
    data.put("count", out.size());
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
