package dev.gongconnector.simulator.http;

import java.util.ArrayList;
import java.util.List;

/** Maps method + path (segments, {@code {x}} for a parameter) to handlers; tells 404 from 405. */
public final class Router {

  private record Route(String method, String[] segments, Handler handler) {}

  /** A match: the handler and the values of the path parameters. */
  public record Match(Handler handler, List<String> params) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern.substring(1).split("/"), handler));
    return this;
  }

  /**
   * The handler for the request, or an {@link ApiException} 404 / 405. The most specific path wins
   * (fewest parameters), so {@code GET /v2/calls/extensive} is a 405, not a lookup of call
   * "extensive".
   */
  public Match match(String method, String path) {
    String[] parts = path.length() > 1 ? path.substring(1).split("/", -1) : new String[] {""};
    int best = Integer.MAX_VALUE;
    Match found = null;
    for (Route r : routes) {
      List<String> params = matchPath(r.segments, parts);
      if (params == null || params.size() > best) {
        continue;
      }
      if (params.size() < best) {
        best = params.size();
        found = null;
      }
      if (r.method.equals(method)) {
        found = new Match(r.handler, params);
      }
    }
    if (found != null) {
      return found;
    }
    if (best != Integer.MAX_VALUE) {
      throw new ApiException(405, "Method " + method + " is not allowed for " + path);
    }
    throw ApiException.notFound("No such API endpoint: " + method + " " + path);
  }

  private static List<String> matchPath(String[] pattern, String[] parts) {
    if (pattern.length != parts.length) {
      return null;
    }
    List<String> params = new ArrayList<>(1);
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i].startsWith("{")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.add(parts[i]);
      } else if (!pattern[i].equals(parts[i])) {
        return null;
      }
    }
    return params;
  }
}
