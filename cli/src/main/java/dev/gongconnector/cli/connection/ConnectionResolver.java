package dev.gongconnector.cli.connection;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns flags, the environment and the profile file into {@link ConnectionSettings}: the one code
 * path every subcommand uses. See {@link ConnectionOptions} for the precedence.
 */
public final class ConnectionResolver {

  /** What was given on the command line; null when absent. */
  public record Flags(
      String baseUrl,
      String accessKey,
      String accessKeySecret,
      String bearerToken,
      String profile,
      boolean sim) {

    /** No flags at all. */
    public static Flags none() {
      return new Flags(null, null, null, null, null, false);
    }

    @Override
    public String toString() {
      return "Flags[baseUrl="
          + baseUrl
          + ", accessKey="
          + accessKey
          + ", profile="
          + profile
          + ", sim="
          + sim
          + "]";
    }
  }

  private final CliContext context;
  private final PrintWriter warnings;

  public ConnectionResolver(CliContext context, PrintWriter warnings) {
    this.context = context;
    this.warnings = warnings;
  }

  /**
   * Resolves; throws {@link CliUsageException} for a half-configured connection or an unknown
   * profile.
   */
  public ConnectionSettings resolve(Flags flags) {
    if (flags.sim()) return ConnectionSettings.embedded("--sim");
    if (flags.accessKeySecret() != null || flags.bearerToken() != null) {
      warnings.println(
          "gong: warning: a secret given as a flag lands in your shell history; prefer "
              + "GONG_ACCESS_KEY_SECRET or `gong configure`");
    }
    ProfileStore store = ProfileStore.locate(context);
    boolean explicitProfile = flags.profile() != null;
    String profileName = explicitProfile ? flags.profile() : context.getenv("GONG_PROFILE");
    boolean namedProfile = profileName != null;
    if (profileName == null) profileName = ProfileStore.DEFAULT_PROFILE;
    Map<String, String> profile = store.profile(profileName);
    if (profile == null && namedProfile) {
      throw new CliUsageException(
          "no profile '"
              + profileName
              + "' in "
              + store.file()
              + (store.load().isEmpty()
                  ? ""
                  : " (profiles: " + String.join(", ", store.load().keySet()) + ")")
              + "; create it with `gong configure --profile "
              + profileName
              + "`");
    }
    if (profile != null) {
      String warning = store.permissionWarning();
      if (warning != null) warnings.println("gong: warning: " + warning);
    }
    String profileSource = "profile '" + profileName + "' (" + store.file() + ")";

    // Field by field: flag, then an explicitly named profile, then the environment, then the
    // default profile.
    List<String> sources = new ArrayList<>();
    String baseUrl =
        pick(
            flags.baseUrl(),
            "GONG_BASE_URL",
            profile,
            "base-url",
            explicitProfile,
            sources,
            profileSource);
    String accessKey =
        pick(
            flags.accessKey(),
            "GONG_ACCESS_KEY",
            profile,
            "access-key",
            explicitProfile,
            sources,
            profileSource);
    String secret =
        pick(
            flags.accessKeySecret(),
            "GONG_ACCESS_KEY_SECRET",
            profile,
            "access-key-secret",
            explicitProfile,
            sources,
            profileSource);
    String token =
        pick(
            flags.bearerToken(),
            "GONG_BEARER_TOKEN",
            profile,
            "bearer-token",
            explicitProfile,
            sources,
            profileSource);

    if (baseUrl == null && accessKey == null && secret == null && token == null) {
      return ConnectionSettings.embedded("no Gong credentials found");
    }
    String source = String.join(", ", sources.stream().distinct().toList());
    List<String> missing = new ArrayList<>();
    if (baseUrl == null) missing.add("the base URL (--base-url, GONG_BASE_URL)");
    boolean basic = accessKey != null || secret != null || token == null;
    if (basic && accessKey == null) missing.add("the access key (--access-key, GONG_ACCESS_KEY)");
    if (basic && secret == null) missing.add("the access key secret (GONG_ACCESS_KEY_SECRET)");
    if (!missing.isEmpty()) {
      throw new CliUsageException(
          "incomplete Gong connection from "
              + source
              + ": missing "
              + String.join(", ", missing)
              + "; run `gong configure` or set the environment variables (or use --sim for the local Gong)");
    }
    if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
      throw new CliUsageException(
          "the base URL must start with https:// (got '" + baseUrl + "' from " + source + ")");
    }
    return new ConnectionSettings(
        baseUrl, basic ? accessKey : null, basic ? secret : null, basic ? null : token, source);
  }

  private String pick(
      String flag,
      String envName,
      Map<String, String> profile,
      String field,
      boolean profileFirst,
      List<String> sources,
      String profileSource) {
    if (flag != null && !flag.isBlank()) {
      sources.add("flags");
      return flag.trim();
    }
    String fromProfile = profile == null ? null : profile.get(field);
    String fromEnv = context.getenv(envName);
    if (profileFirst && fromProfile != null) {
      sources.add(profileSource);
      return fromProfile;
    }
    if (fromEnv != null) {
      sources.add("environment");
      return fromEnv;
    }
    if (fromProfile != null) sources.add(profileSource);
    return fromProfile;
  }
}
