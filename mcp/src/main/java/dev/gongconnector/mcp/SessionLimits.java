package dev.gongconnector.mcp;

import dev.gongconnector.client.HumanDuration;
import java.time.Duration;
import java.util.Map;

/**
 * How many MCP-over-HTTP sessions may be open and how long an idle one lives.
 *
 * <p>A session is idle when none of its requests is in progress and no event stream is open; after
 * {@code idleTimeout} of that it is ended as if its client had sent {@code DELETE}, and its next
 * request gets 404 (the client initializes again). At {@code maxSessions} open sessions a new
 * {@code initialize} is refused with 503 and a JSON-RPC error rather than ending a session someone
 * may still use: a client that initializes without end learns it at once, while the others keep
 * working.
 *
 * @param idleTimeout how long a session may stay idle
 * @param maxSessions how many sessions may be open at once
 */
public record SessionLimits(Duration idleTimeout, int maxSessions) {

  /** Environment variable of the idle timeout ({@code 30m}, {@code 90s}). */
  public static final String ENV_IDLE = "GONG_MCP_SESSION_IDLE";

  /** Environment variable of the session cap. */
  public static final String ENV_MAX = "GONG_MCP_MAX_SESSIONS";

  /** 30 minutes idle, 1,000 sessions: far more than the agents one person runs. */
  public static final SessionLimits DEFAULT = new SessionLimits(Duration.ofMinutes(30), 1_000);

  public SessionLimits {
    if (idleTimeout == null || idleTimeout.isZero() || idleTimeout.isNegative()) {
      throw new IllegalArgumentException("the session idle timeout must be positive");
    }
    if (maxSessions < 1 || maxSessions > 1_000_000) {
      throw new IllegalArgumentException("the session cap must be 1..1000000, was " + maxSessions);
    }
  }

  /**
   * The defaults with {@code GONG_MCP_SESSION_IDLE} and {@code GONG_MCP_MAX_SESSIONS} applied; an
   * {@link IllegalArgumentException} naming the variable when one is malformed.
   */
  public static SessionLimits fromEnvironment(Map<String, String> env) {
    Duration idle = DEFAULT.idleTimeout();
    int max = DEFAULT.maxSessions();
    String idleText = env.get(ENV_IDLE);
    if (idleText != null && !idleText.isBlank()) {
      try {
        idle = HumanDuration.parse(idleText, ENV_IDLE);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    String maxText = env.get(ENV_MAX);
    if (maxText != null && !maxText.isBlank()) {
      if (!maxText.strip().matches("[0-9]{1,7}")) {
        throw new IllegalArgumentException(
            ENV_MAX + " must be a whole number of sessions, got '" + abbreviate(maxText) + "'");
      }
      max = Integer.parseInt(maxText.strip());
      if (max < 1 || max > 1_000_000) {
        throw new IllegalArgumentException(ENV_MAX + " must be 1..1000000, got " + max);
      }
    }
    return new SessionLimits(idle, max);
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "..." : s;
  }
}
