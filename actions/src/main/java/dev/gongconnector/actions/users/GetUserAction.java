package dev.gongconnector.actions.users;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.users.User;
import java.util.List;

/**
 * {@code get_user}: one Gong user with every field Gong returns. An example of the action pattern:
 * parameters declared once, parsed once into {@link Request}, answered with a client record.
 */
public final class GetUserAction extends TypedAction<GetUserAction.Request> {

  /** The parsed parameters. */
  public record Request(String userId) {}

  private final GongClient client;

  public GetUserAction(GongClient client) {
    super(
        "get_user",
        List.of("get-user", "user"),
        List.of("default", "users"),
        """
        Get one Gong user by id with all of Gong's fields: name, email and aliases, title, phone, manager id, \
        active flag, creation time, recording settings and spoken languages. Use list_users to find the id. \
        Answers not_found when no user has this id. \
        Next: list_calls or search_calls with primary_user_ids for the user's calls, get_user_settings_history for recording settings over time.""",
        ParamSet.of(CommonParams.id("user_id", "The Gong user id (a string of digits).")));
    this.client = client;
  }

  @Override
  protected Request request(Params values) {
    return new Request(values.string("user_id"));
  }

  @Override
  protected User answer(Request request, ProgressListener progress) {
    return client.users().get(request.userId());
  }
}
