package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.access.PermissionProfile;
import dev.gongconnector.client.access.ProfileUser;
import java.util.List;

/** {@code get_permission_profile}: one profile's rights and, optionally, its users. */
public final class GetPermissionProfileAction
    extends TypedAction<GetPermissionProfileAction.Request> {

  /** The parsed parameters. */
  public record Request(String profileId, boolean includeUsers) {}

  /** The answer; {@code users} only when asked for (then also when empty). */
  public record Answer(
      PermissionProfile profile,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<ProfileUser> users) {}

  private final GongClient client;

  public GetPermissionProfileAction(GongClient client) {
    super(
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
                .withDefault(true)));
    this.client = client;
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.string("profile_id"), p.flag("include_users"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    PermissionProfile profile = client.access().permissionProfile(r.profileId());
    return new Answer(
        profile, r.includeUsers() ? client.access().permissionProfileUsers(r.profileId()) : null);
  }
}
