package dev.gongconnector.client;

import java.util.Map;

/**
 * Reads a client's connection from environment variables: the base URL, then key and secret (both,
 * or they do not count) or a bearer token, and the retry budget. What is missing is remembered, so
 * {@code build()} names the variable to set rather than the builder method.
 */
final class EnvironmentSettings {

  private EnvironmentSettings() {}

  static void apply(Map<String, String> env, GongClient.Builder builder) {
    builder.fromEnvironment = true;
    builder.baseUrl(present(env.get(GongClient.ENV_BASE_URL)));
    String key = present(env.get(GongClient.ENV_ACCESS_KEY));
    String secret = present(env.get(GongClient.ENV_ACCESS_KEY_SECRET));
    String token = present(env.get(GongClient.ENV_BEARER_TOKEN));
    if (key != null && secret != null) {
      builder.credentials(key, secret);
    } else if (token != null) {
      builder.bearerToken(token);
    } else if (key != null) {
      builder.missingCredentialsHint = GongClient.ENV_ACCESS_KEY_SECRET;
    } else {
      builder.missingCredentialsHint =
          GongClient.ENV_ACCESS_KEY
              + " and "
              + GongClient.ENV_ACCESS_KEY_SECRET
              + " (or "
              + GongClient.ENV_BEARER_TOKEN
              + ")";
    }
    String budget = present(env.get(GongClient.ENV_RETRY_BUDGET));
    if (budget != null) {
      builder.retryBudget(HumanDuration.parse(budget, GongClient.ENV_RETRY_BUDGET));
    }
  }

  private static String present(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
