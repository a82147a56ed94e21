package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code get_call_users_access}: users given individual access to calls. */
public final class GetCallUsersAccessAction extends BaseAction {

  public static final String NAME = "get_call_users_access";

  private final GongClient client;

  public GetCallUsersAccessAction(GongClient client) {
    super(
        NAME,
        List.of("get-call-users-access", "call_users_access", "users_access"),
        """
        Who was given individual access to these calls through the API (callAccessList: callId, users \
        [{userId}]). Access through permission profiles or sharing is not listed: see \
        list_permission_profiles. Next: get_user for a user id.""",
        ParamSet.of(CommonParams.callIds("").requiredParam()),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    ObjectNode data = Json.object();
    data.set("callAccessList", Json.tree(client.access().usersAccess(p.strings("call_ids"))));
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
