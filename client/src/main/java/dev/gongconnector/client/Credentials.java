package dev.gongconnector.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How the client authenticates: an access key + secret (HTTP Basic) or an OAuth bearer token.
 *
 * <p>{@link #toString()} shows at most the access key id, never the secret or the token.
 */
public final class Credentials {

  private final String accessKey;
  private final String secret;
  private final boolean bearer;

  private Credentials(String accessKey, String secret, boolean bearer) {
    this.accessKey = accessKey;
    this.secret = secret;
    this.bearer = bearer;
  }

  /**
   * Access key + access key secret from Gong's Company Settings -> API page (sent as HTTP Basic).
   */
  public static Credentials basic(String accessKey, String accessKeySecret) {
    if (accessKey == null || accessKey.isBlank()) {
      throw InvalidRequestException.ofField("accessKey", "is missing");
    }
    if (accessKeySecret == null || accessKeySecret.isBlank()) {
      throw InvalidRequestException.ofField("accessKeySecret", "is missing");
    }
    return new Credentials(accessKey.strip(), accessKeySecret.strip(), false);
  }

  /** An OAuth access token (sent as {@code Authorization: Bearer ...}). */
  public static Credentials bearer(String token) {
    if (token == null || token.isBlank()) {
      throw InvalidRequestException.ofField("bearerToken", "is missing");
    }
    return new Credentials(null, token.strip(), true);
  }

  /** Whether this is a bearer token (else access key + secret). */
  public boolean isBearer() {
    return bearer;
  }

  /** The access key id (not secret), or null for a bearer token. */
  public String accessKey() {
    return accessKey;
  }

  /** The value of the {@code Authorization} header. Never log it. */
  public String authorizationHeader() {
    if (bearer) {
      return "Bearer " + secret;
    }
    String pair = accessKey + ":" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials c
        && c.bearer == bearer
        && Objects.equals(c.accessKey, accessKey)
        && c.secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKey, bearer);
  }

  @Override
  public String toString() {
    return bearer
        ? "Credentials[bearer token ****]"
        : "Credentials[accessKey=" + accessKey + ", secret ****]";
  }
}
