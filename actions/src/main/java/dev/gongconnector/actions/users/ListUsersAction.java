package dev.gongconnector.actions.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.users.User;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code list_users}: the company's Gong users, compact, optionally filtered by a name or email
 * fragment.
 */
public final class ListUsersAction extends BaseAction {

  public static final String NAME = "list_users";

  private final GongClient client;

  public ListUsersAction(GongClient client) {
    super(
        NAME,
        List.of("list-users", "users"),
        """
        List the Gong users (the company's employees with Gong seats): id, name, email, title, active flag \
        and manager id. Use it to find the user id of a person, e.g. for primary_user_ids in search_calls \
        or primary_user in add_new_call; pass query to filter by a fragment of the name or email address. \
        Reads every page of Gong's user list (100 users a request).""",
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
            CommonParams.maxResults(500, 10_000, "users")),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    String query = p.text("query").map(q -> q.toLowerCase(Locale.ROOT)).orElse(null);
    boolean inactive = p.flag("include_inactive");
    int max = p.intValue("max_results");
    ArrayNode out = Json.array();
    boolean truncated = false;
    int seen = 0;
    try (Stream<User> users = client.users().list(p.flag("include_avatars"))) {
      Iterator<User> it = users.iterator();
      while (it.hasNext()) {
        User u = it.next();
        if (++seen % 100 == 0) progress.progress("reading users", seen, -1);
        if (!inactive && Boolean.FALSE.equals(u.active())) continue;
        if (query != null && !matches(u, query)) continue;
        if (out.size() == max) {
          truncated = true;
          break;
        }
        out.add(compact(u));
      }
    }
    ObjectNode data = Json.object();
    data.set("users", out);
    data.put("count", out.size());
    data.put("truncated", truncated);
    return data;
  }

  private static boolean matches(User u, String query) {
    return contains(u.displayName(), query)
        || contains(u.emailAddress(), query)
        || u.emailAliases().stream().anyMatch(a -> contains(a, query));
  }

  private static boolean contains(String text, String query) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(query);
  }

  /** The fields an agent needs to pick a user. */
  static ObjectNode compact(User u) {
    ObjectNode node = Json.object();
    Json.putIfPresent(node, "id", u.id());
    Json.putIfPresent(node, "name", u.displayName());
    Json.putIfPresent(node, "emailAddress", u.emailAddress());
    Json.putIfPresent(node, "title", u.title());
    Json.putIfPresent(node, "active", u.active());
    Json.putIfPresent(node, "managerId", u.managerId());
    return node;
  }
}
