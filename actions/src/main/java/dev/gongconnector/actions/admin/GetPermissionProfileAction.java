package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code get_permission_profile}: one profile's rights and, optionally, its users. */
public final class GetPermissionProfileAction extends BaseAction {

  public static final String NAME = "get_permission_profile";

  private final GongClient client;

  public GetPermissionProfileAction(GongClient client) {
    super(
        NAME,
        List.of("get-permission-profile", "permission_profile"),
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
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    String id = p.string("profile_id");
    ObjectNode data = Json.object();
    data.set("profile", Json.tree(client.access().permissionProfile(id)));
    if (p.flag("include_users")) {
      data.set("users", Json.tree(client.access().permissionProfileUsers(id)));
    }
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
