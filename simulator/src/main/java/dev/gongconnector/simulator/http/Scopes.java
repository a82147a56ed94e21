package dev.gongconnector.simulator.http;

import java.util.Set;

/**
 * OAuth scopes of the bearer token. Gong checks a scope per endpoint only for Bearer requests
 * ("When accessed through a Bearer token authorization method, this endpoint requires the scope
 * ..."); Basic auth with an access key reaches everything. {@code granted} null: every scope.
 */
public final class Scopes {

  private final Set<String> granted;

  public Scopes(Set<String> granted) {
    this.granted = granted == null ? null : Set.copyOf(granted);
  }

  /** {@code handler}, refusing Bearer requests without {@code scope} with a 403. */
  public Handler require(String scope, Handler handler) {
    return r -> {
      String auth = r.header("Authorization");
      boolean bearer = auth != null && auth.strip().regionMatches(true, 0, "Bearer ", 0, 7);
      if (bearer && granted != null && !granted.contains(scope)) {
        // Gong's text for a missing scope is unconfirmed; the status is documented (403).
        throw new ApiException(403, "Forbidden: the access token lacks the scope '" + scope + "'");
      }
      return handler.handle(r);
    };
  }
}
