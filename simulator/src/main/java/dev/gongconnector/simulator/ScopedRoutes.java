package dev.gongconnector.simulator;

import dev.gongconnector.simulator.http.Handler;
import dev.gongconnector.simulator.http.Router;
import dev.gongconnector.simulator.http.Scopes;

/**
 * Adds routes to a {@link Router}, each behind the OAuth scope Gong documents for it: one line a
 * route, in the order of Gong's reference.
 */
final class ScopedRoutes {

  private final Router router;
  private final Scopes scopes;

  ScopedRoutes(Router router, Scopes scopes) {
    this.router = router;
    this.scopes = scopes;
  }

  /** {@code GET path}, refused to a Bearer token without {@code scope}. */
  ScopedRoutes get(String path, String scope, Handler handler) {
    return add("GET", path, scope, handler);
  }

  /** {@code POST path}, refused to a Bearer token without {@code scope}. */
  ScopedRoutes post(String path, String scope, Handler handler) {
    return add("POST", path, scope, handler);
  }

  /** {@code GET path} for every token: Gong documents no scope for it. */
  ScopedRoutes getUnscoped(String path, Handler handler) {
    router.add("GET", path, handler);
    return this;
  }

  private ScopedRoutes add(String method, String path, String scope, Handler handler) {
    router.add(method, path, scopes.require(scope, handler));
    return this;
  }
}
