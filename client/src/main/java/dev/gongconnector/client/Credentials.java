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
   *
   * @param accessKey the access key
   * @param accessKeySecret the access key secret
   * @return the credentials
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

  /**
   * {@return an OAuth access token (sent as {@code Authorization: Bearer ...})}
   *
   * @param token an OAuth bearer token
   */
  public static Credentials bearer(String token) {
    if (token == null || token.isBlank()) {
      throw InvalidRequestException.ofField("bearerToken", "is missing");
    }
    return new Credentials(null, token.strip(), true);
  }

  /** {@return whether this is a bearer token (else access key + secret)} */
  public boolean isBearer() {
    return bearer;
  }

  /** {@return the access key id (not secret), or null for a bearer token} */
  public String accessKey() {
    return accessKey;
  }

  /** {@return the value of the {@code Authorization} header. Never log it} */
  public String authorizationHeader() {
    if (bearer) {
      return "Bearer " + secret;
    }
    String pair = accessKey + ":" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code text} with every copy of the secret, the token or the {@code Authorization} header value
   * replaced by {@code [REDACTED]}: a server or proxy that echoes the request in its error body
   * must not put the credential in an exception message.
   *
   * @param text the text to clean
   * @return the text without the secrets
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) return text;
    String header = authorizationHeader();
    String out = text.replace(header, "[REDACTED]");
    int space = header.indexOf(' ');
    out = out.replace(header.substring(space + 1), "[REDACTED]");
    if (secret.length() >= 4) out = out.replace(secret, "[REDACTED]");
    return out;
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
