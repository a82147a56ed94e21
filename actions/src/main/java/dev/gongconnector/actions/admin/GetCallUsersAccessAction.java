package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.CallAccess;
import java.util.List;

/** {@code get_call_users_access}: users given individual access to calls. */
public final class GetCallUsersAccessAction extends TypedAction<GetCallUsersAccessAction.Request> {

  /** The parsed parameters. */
  public record Request(List<String> callIds) {}

  /** The answer, as Gong names it. */
  public record Answer(@JsonInclude(JsonInclude.Include.ALWAYS) List<CallAccess> callAccessList) {}

  private final GongClient client;

  public GetCallUsersAccessAction(GongClient client) {
    super(
        "get_call_users_access",
        List.of("get-call-users-access", "call_users_access", "users_access"),
        List.of("admin"),
        """
        Who was given individual access to these calls through the API (callAccessList: callId, users \
        [{userId}]). Access through permission profiles or sharing is not listed: see \
        list_permission_profiles. Next: get_user for a user id.""",
        ParamSet.of(CommonParams.callIds("").requiredParam()));
    this.client = client;
    lists("callAccessList", CallAccess.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.strings("call_ids"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    return new Answer(client.access().usersAccess(r.callIds()));
  }
}
