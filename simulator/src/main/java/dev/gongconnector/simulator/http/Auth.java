package dev.gongconnector.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks Gong's authentication: {@code Authorization: Basic base64(accessKey:accessKeySecret)}, or
 * {@code Authorization: Bearer <token>} when a bearer token is configured. Comparisons are
 * constant-time; nothing here ever logs or echoes the header.
 */
public final class Auth {

  private final byte[] expectedBasic;
  private final byte[] expectedBearer;

  public Auth(String accessKey, String accessKeySecret, String bearerToken) {
    String basic =
        Base64.getEncoder()
            .encodeToString((accessKey + ":" + accessKeySecret).getBytes(StandardCharsets.UTF_8));
    this.expectedBasic = basic.getBytes(StandardCharsets.US_ASCII);
    this.expectedBearer = bearerToken == null ? null : bearerToken.getBytes(StandardCharsets.UTF_8);
  }

  /** Throws a 401 unless {@code header} carries the configured credentials. */
  public void check(String header) {
    if (header == null || header.isBlank()) {
      throw new ApiException(401, "Unauthorized: missing Authorization header (Basic or Bearer)");
    }
    String h = header.strip();
    int sp = h.indexOf(' ');
    if (sp > 0) {
      String scheme = h.substring(0, sp);
      byte[] value = h.substring(sp + 1).strip().getBytes(StandardCharsets.UTF_8);
      if (scheme.equalsIgnoreCase("Basic") && MessageDigest.isEqual(value, expectedBasic)) {
        return;
      }
      if (scheme.equalsIgnoreCase("Bearer")
          && expectedBearer != null
          && MessageDigest.isEqual(value, expectedBearer)) {
        return;
      }
    }
    throw new ApiException(401, "Unauthorized: invalid credentials");
  }
}
