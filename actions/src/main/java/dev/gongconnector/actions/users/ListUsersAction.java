package dev.gongconnector.actions.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.users.User;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code list_users}: the company's Gong users, compact, optionally filtered by a name or email
 * fragment.
 */
public final class ListUsersAction extends TypedAction<ListUsersAction.Request> {

  /** The parsed parameters; {@code query} lower case or null. */
  public record Request(
      String query, boolean includeInactive, boolean includeAvatars, int maxResults) {}

  /** The fields an agent needs to pick a user ({@code get_user} has them all). */
  public record Summary(
      String id, String name, String emailAddress, String title, Boolean active, String managerId) {
    static Summary of(User u) {
      return new Summary(
          u.id(), u.displayName(), u.emailAddress(), u.title(), u.active(), u.managerId());
    }
  }

  /** The answer: the users that matched, up to the maximum (filtered here: no Gong total). */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Summary> users, @JsonUnwrapped Counts counts) {}

  private final GongClient client;

  public ListUsersAction(GongClient client) {
    super(
        "list_users",
        List.of("list-users", "users"),
        List.of("default", "users"),
        """
        List the Gong users (the company's employees with Gong seats): id, name, email, title, active flag \
        and manager id. Use it to find the user id of a person, e.g. for primary_user_ids in search_calls \
        or primary_user in add_new_call; pass query to filter by a fragment of the name or email address. \
        Reads every page of Gong's user list (100 users a request). \
        Next: get_user for one user, or get_activity_stats and get_interaction_stats with user_ids.""",
        ParamSet.of(
            Param.string(
                    "query",
                    "Only users whose name or email address contains this text (case-insensitive).")
                .withAliases("name", "email", "search"),
            Param.bool("include_inactive", "Also list deactivated users.").withDefault(true),
            Param.bool(
                    "include_avatars",
                    "Also list Gong's synthetic users that stand for Gong staff "
                        + "(support, CSMs) who accessed the account.")
                .withDefault(false),
            CommonParams.maxResults(500, 10_000, "users")));
    this.client = client;
    lists("users", Summary.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        p.text("query").map(q -> q.toLowerCase(Locale.ROOT)).orElse(null),
        p.flag("include_inactive"),
        p.flag("include_avatars"),
        p.intValue("max_results"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<Summary> out = new ArrayList<>();
    boolean truncated = false;
    int seen = 0;
    try (Stream<User> users = client.users().list(r.includeAvatars())) {
      Iterator<User> it = users.iterator();
      while (it.hasNext()) {
        User u = it.next();
        if (++seen % 100 == 0) progress.progress("reading users", seen, -1);
        if (!r.includeInactive() && Boolean.FALSE.equals(u.active())) continue;
        if (r.query() != null && !matches(u, r.query())) continue;
        if (out.size() == r.maxResults()) {
          truncated = true;
          break;
        }
        out.add(Summary.of(u));
      }
    }
    return new Answer(out, Counts.of(out.size(), truncated));
  }

  private static boolean matches(User u, String query) {
    return contains(u.displayName(), query)
        || contains(u.emailAddress(), query)
        || u.emailAliases().stream().anyMatch(a -> contains(a, query));
  }

  private static boolean contains(String text, String query) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(query);
  }
}
