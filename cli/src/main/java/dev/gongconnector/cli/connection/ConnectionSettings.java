package dev.gongconnector.cli.connection;

/**
 * Where and how to reach Gong, as resolved from flags, the environment and the profile file.
 *
 * <p>{@link #toString()} never shows the secret or the token.
 *
 * @param baseUrl the tenant's API base URL, or null for the embedded local Gong
 * @param accessKey the access key (Basic auth), or null
 * @param accessKeySecret the access key secret (Basic auth), or null
 * @param bearerToken an OAuth bearer token, used when no access key is configured, or null
 * @param source where the settings came from, for messages (e.g. "profile 'default'
 *     (~/.config/...)")
 */
public record ConnectionSettings(
    String baseUrl, String accessKey, String accessKeySecret, String bearerToken, String source) {

  /** The settings meaning "start the embedded local Gong". */
  public static ConnectionSettings embedded(String why) {
    return new ConnectionSettings(null, null, null, null, why);
  }

  /** True when the embedded local Gong is used. */
  public boolean simulated() {
    return baseUrl == null;
  }

  /** True when Basic auth (access key + secret) is used rather than a bearer token. */
  public boolean basicAuth() {
    return accessKey != null && accessKeySecret != null;
  }

  @Override
  public String toString() {
    if (simulated()) return "ConnectionSettings[embedded local Gong]";
    return "ConnectionSettings[baseUrl="
        + baseUrl
        + (basicAuth() ? ", accessKey=" + accessKey + ", accessKeySecret=***" : ", bearerToken=***")
        + ", source="
        + source
        + "]";
  }
}
