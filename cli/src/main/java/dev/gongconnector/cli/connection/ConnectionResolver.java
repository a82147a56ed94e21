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
   * Resolves; throws {@link CliUsageException} for a half-configured connection, an unknown profile
   * or a base URL the client would refuse.
   *
   * <p>The connection comes whole from one source: the flags, else an explicitly named profile
   * ({@code --profile}, {@code GONG_PROFILE}), else the environment, else the default profile. A
   * base URL from one source never receives credentials from another: with a saved profile, {@code
   * GONG_BASE_URL=http://elsewhere} alone must not send the profile's secret there.
   */
  public ConnectionSettings resolve(Flags flags) {
    if (flags.sim()) return ConnectionSettings.embedded("--sim");
    if (flags.accessKeySecret() != null || flags.bearerToken() != null) {
      warnings.println(
          "gong: warning: a secret given as a flag lands in your shell history; prefer "
              + "GONG_ACCESS_KEY_SECRET or `gong configure`");
    }
    Candidate fromFlags =
        new Candidate(
            "flags",
            "--base-url",
            "--access-key",
            "--access-key-secret",
            "--bearer-token",
            flags.baseUrl(),
            flags.accessKey(),
            flags.accessKeySecret(),
            flags.bearerToken());
    if (fromFlags.any()) return fromFlags.settings();

    ProfileStore store = ProfileStore.locate(context);
    String named = flags.profile() != null ? flags.profile() : context.getenv("GONG_PROFILE");
    if (named != null && !named.isBlank()) {
      Map<String, String> profile = store.profile(named);
      if (profile == null) throw noSuchProfile(store, named);
      return fromProfile(store, named, profile).settings();
    }
    Candidate fromEnv =
        new Candidate(
            "environment",
            "GONG_BASE_URL",
            "GONG_ACCESS_KEY",
            "GONG_ACCESS_KEY_SECRET",
            "GONG_BEARER_TOKEN",
            context.getenv("GONG_BASE_URL"),
            context.getenv("GONG_ACCESS_KEY"),
            context.getenv("GONG_ACCESS_KEY_SECRET"),
            context.getenv("GONG_BEARER_TOKEN"));
    if (fromEnv.any()) return fromEnv.settings();
    Map<String, String> profile = store.profile(ProfileStore.DEFAULT_PROFILE);
    if (profile != null)
      return fromProfile(store, ProfileStore.DEFAULT_PROFILE, profile).settings();
    return ConnectionSettings.embedded("no Gong credentials found");
  }

  private Candidate fromProfile(ProfileStore store, String name, Map<String, String> profile) {
    String warning = store.permissionWarning();
    if (warning != null) warnings.println("gong: warning: " + warning);
    return new Candidate(
        "profile '" + name + "' (" + store.file() + ")",
        "base-url",
        "access-key",
        "access-key-secret",
        "bearer-token",
        profile.get("base-url"),
        profile.get("access-key"),
        profile.get("access-key-secret"),
        profile.get("bearer-token"));
  }

  private static CliUsageException noSuchProfile(ProfileStore store, String name) {
    return new CliUsageException(
        "no profile '"
            + name
            + "' in "
            + store.file()
            + (store.load().isEmpty()
                ? ""
                : " (profiles: " + String.join(", ", store.load().keySet()) + ")")
            + "; create it with `gong configure --profile "
            + name
            + "`");
  }

  /** One source's connection fields, with the names that source gives them. */
  private record Candidate(
      String source,
      String baseUrlName,
      String keyName,
      String secretName,
      String tokenName,
      String baseUrl,
      String accessKey,
      String secret,
      String token) {

    Candidate {
      baseUrl = clean(baseUrl);
      accessKey = clean(accessKey);
      secret = clean(secret);
      token = clean(token);
    }

    private static String clean(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }

    boolean any() {
      return baseUrl != null || accessKey != null || secret != null || token != null;
    }

    /** The whole set, or a usage error naming what this source lacks. */
    ConnectionSettings settings() {
      boolean basic = accessKey != null && secret != null;
      boolean bearer = !basic && token != null && accessKey == null && secret == null;
      List<String> missing = new ArrayList<>();
      if (baseUrl == null) missing.add("the base URL (" + baseUrlName + ")");
      if (!basic && !bearer) {
        if (accessKey == null) missing.add("the access key (" + keyName + ")");
        if (secret == null) missing.add("the access key secret (" + secretName + ")");
      }
      if (!missing.isEmpty()) {
        throw new CliUsageException(
            "incomplete Gong connection from "
                + source
                + ": missing "
                + String.join(", ", missing)
                + ". The base URL and its credentials must come from one place (flags, the"
                + " environment or a profile), so that credentials never reach another host:"
                + " give "
                + baseUrlName
                + " with "
                + keyName
                + " and "
                + secretName
                + " (or with "
                + tokenName
                + "), run `gong configure`, or use --sim for the local Gong");
      }
      String url = BaseUrlCheck.check(baseUrl, source);
      return new ConnectionSettings(
          url, basic ? accessKey : null, basic ? secret : null, basic ? null : token, source);
    }
  }
}
