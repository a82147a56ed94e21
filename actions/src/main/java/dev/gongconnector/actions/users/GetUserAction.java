package dev.gongconnector.actions.users;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code get_user}: one Gong user with every field Gong returns. */
public final class GetUserAction extends BaseAction {

  public static final String NAME = "get_user";

  private final GongClient client;

  public GetUserAction(GongClient client) {
    super(
        NAME,
        List.of("get-user", "user"),
        """
        Get one Gong user by id with all of Gong's fields: name, email and aliases, title, phone, manager id, \
        active flag, creation time, recording settings and spoken languages. Use list_users to find the id. \
        Answers not_found when no user has this id.""",
        ParamSet.of(
            Param.string("user_id", "The Gong user id (a string of digits).")
                .requiredParam()
                .withAliases("id")
                .gongId()),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    return Json.tree(client.users().get(p.string("user_id")));
  }
}
