package dev.gongconnector.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

/**
 * Checks Gong's authentication: {@code Authorization: Basic base64(accessKey:accessKeySecret)}, or
 * {@code Authorization: Bearer <token>} when a bearer token is configured. Comparisons are
 * constant-time; nothing here ever logs or echoes the header.
 */
public final class Auth {

  private final byte[] expectedBasic;
  private final byte[] expectedBearer;
  private final Set<String> bearerScopes;

  public Auth(String accessKey, String accessKeySecret, String bearerToken) {
    this(accessKey, accessKeySecret, bearerToken, null);
  }

  /**
   * @param bearerScopes the OAuth scopes the bearer token was granted, or null for all of them (an
   *     access key, like a technical administrator's, has every scope)
   */
  public Auth(
      String accessKey, String accessKeySecret, String bearerToken, Set<String> bearerScopes) {
    this.bearerScopes = bearerScopes == null ? null : Set.copyOf(bearerScopes);
    String basic =
        Base64.getEncoder()
            .encodeToString((accessKey + ":" + accessKeySecret).getBytes(StandardCharsets.UTF_8));
    this.expectedBasic = basic.getBytes(StandardCharsets.US_ASCII);
    this.expectedBearer = bearerToken == null ? null : bearerToken.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Throws a 401 unless {@code header} carries the configured credentials; returns the granted
   * scopes (null = all).
   */
  public Set<String> check(String header) {
    if (header == null || header.isBlank()) {
      throw new ApiException(401, "Unauthorized: missing Authorization header (Basic or Bearer)");
    }
    String h = header.strip();
    int sp = h.indexOf(' ');
    if (sp > 0) {
      String scheme = h.substring(0, sp);
      byte[] value = h.substring(sp + 1).strip().getBytes(StandardCharsets.UTF_8);
      if (scheme.equalsIgnoreCase("Basic") && MessageDigest.isEqual(value, expectedBasic)) {
        return null;
      }
      if (scheme.equalsIgnoreCase("Bearer")
          && expectedBearer != null
          && MessageDigest.isEqual(value, expectedBearer)) {
        return bearerScopes;
      }
    }
    throw new ApiException(401, "Unauthorized: invalid credentials");
  }
}
