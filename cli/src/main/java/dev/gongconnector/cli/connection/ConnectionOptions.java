package dev.gongconnector.cli.connection;

import static dev.gongconnector.cli.internal.FieldSetter.option;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.HumanDuration;
import dev.gongconnector.client.InvalidRequestException;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The connection options every command that talks to Gong shares, as a picocli mixin: {@code @Mixin
 * ConnectionOptions connection;} then {@code try (GongConnection c = connection.connect()) {..}}.
 *
 * <p>Resolution, field by field: flags, then the profile named by {@code --profile}, then the
 * environment ({@code GONG_BASE_URL}, {@code GONG_ACCESS_KEY}, {@code GONG_ACCESS_KEY_SECRET},
 * {@code GONG_BEARER_TOKEN}), then the {@code GONG_PROFILE} or {@code default} profile of {@code
 * ~/.config/gong/config.properties}. With nothing configured at all (or {@code --sim}) an embedded
 * local Gong is started in-process.
 */
public final class ConnectionOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  // Each description once, for the annotation and for mixinSpec (generated commands).
  private static final String BASE_URL =
      "Your Gong API base URL, e.g. https://us-12345.api.gong.io (env GONG_BASE_URL).";

  @Option(names = "--base-url", paramLabel = "URL", description = BASE_URL)
  String baseUrl;

  private static final String ACCESS_KEY = "Gong access key (env GONG_ACCESS_KEY).";

  @Option(names = "--access-key", paramLabel = "KEY", description = ACCESS_KEY)
  String accessKey;

  private static final String SECRET =
      "Gong access key secret. Prefer env GONG_ACCESS_KEY_SECRET or `gong configure`: "
          + "a flag lands in your shell history.";

  @Option(names = "--access-key-secret", paramLabel = "SECRET", description = SECRET)
  String accessKeySecret;

  private static final String BEARER =
      "OAuth bearer token instead of an access key (env GONG_BEARER_TOKEN).";

  @Option(names = "--bearer-token", paramLabel = "TOKEN", hidden = true, description = BEARER)
  String bearerToken;

  private static final String PROFILE =
      "Profile of ~/.config/gong/config.properties to use (env GONG_PROFILE; default: default).";

  @Option(names = "--profile", paramLabel = "NAME", description = PROFILE)
  String profile;

  private static final String RETRY_BUDGET =
      "How long to keep retrying transient failures (429, 5xx, dropped connections) before"
          + " giving up, e.g. 10s, 2m (env GONG_RETRY_BUDGET; default 2m, 15m for sync).";

  @Option(names = "--retry-budget", paramLabel = "DURATION", description = RETRY_BUDGET)
  String retryBudget;

  private static final String SIM =
      "Use an embedded local Gong with simulated data, whatever is configured.";

  @Option(names = "--sim", description = SIM)
  boolean sim;

  private CliContext context;

  /** For picocli's default factory: reads the real environment. */
  public ConnectionOptions() {
    this(null);
  }

  /** With an explicit context (tests, or the command line's factory). */
  public ConnectionOptions(CliContext context) {
    this.context = context;
  }

  /**
   * These options as a mixin spec built with picocli's programmatic API, for generated commands:
   * the same options as the annotations above (a test compares them), without reading them by
   * reflection at start-up.
   */
  public CommandSpec mixinSpec() {
    CommandSpec spec = CommandSpec.create();
    spec.addOption(
        option("--base-url", "URL", String.class, baseUrl, v -> baseUrl = v)
            .description(BASE_URL)
            .build());
    spec.addOption(
        option("--access-key", "KEY", String.class, accessKey, v -> accessKey = v)
            .description(ACCESS_KEY)
            .build());
    spec.addOption(
        option(
                "--access-key-secret",
                "SECRET",
                String.class,
                accessKeySecret,
                v -> accessKeySecret = v)
            .description(SECRET)
            .build());
    spec.addOption(
        option("--bearer-token", "TOKEN", String.class, bearerToken, v -> bearerToken = v)
            .description(BEARER)
            .hidden(true)
            .build());
    spec.addOption(
        option("--profile", "NAME", String.class, profile, v -> profile = v)
            .description(PROFILE)
            .build());
    spec.addOption(
        option("--retry-budget", "DURATION", String.class, retryBudget, v -> retryBudget = v)
            .description(RETRY_BUDGET)
            .build());
    spec.addOption(
        option("--sim", "<sim>", boolean.class, sim, (Boolean v) -> sim = v)
            .description(SIM)
            .build());
    return spec;
  }

  /** The context in use, the real process's when none was given. */
  public CliContext context() {
    if (context == null) context = CliContext.system();
    return context;
  }

  /**
   * Resolves the settings without connecting (flags, profile, environment; see the class comment).
   */
  public ConnectionSettings resolve() {
    return resolve(warnings());
  }

  /** Like {@link #resolve()}, with warnings going to {@code err}. */
  public ConnectionSettings resolve(PrintWriter err) {
    return new ConnectionResolver(context(), err).resolve(flags());
  }

  /**
   * Connects: a client for the resolved Gong, or an embedded local Gong started for this command
   * (said so on stderr). Close the connection when done; it stops the embedded Gong.
   */
  public GongConnection connect() {
    return connect(warnings());
  }

  /** Like {@link #connect()}, with warnings and the embedded-Gong notice going to {@code err}. */
  public GongConnection connect(PrintWriter err) {
    ConnectionSettings settings = new ConnectionResolver(context(), err).resolve(flags());
    return GongConnection.open(settings, context(), err, retryBudget());
  }

  /**
   * The retry budget from {@code --retry-budget}, else {@code GONG_RETRY_BUDGET}; null for the
   * client's default. A malformed one is a usage error naming where it came from.
   */
  public Duration retryBudget() {
    String source = retryBudget != null ? "--retry-budget" : GongClient.ENV_RETRY_BUDGET;
    String text = retryBudget != null ? retryBudget : context().getenv(GongClient.ENV_RETRY_BUDGET);
    if (text == null || (retryBudget == null && text.isBlank())) return null;
    try {
      return HumanDuration.parse(text, source);
    } catch (InvalidRequestException e) {
      throw new CliUsageException(e.getMessage());
    }
  }

  private ConnectionResolver.Flags flags() {
    return new ConnectionResolver.Flags(
        baseUrl, accessKey, accessKeySecret, bearerToken, profile, sim);
  }

  /**
   * The command's stderr when picocli injected the command (annotated mixins), else the process's.
   */
  private PrintWriter warnings() {
    if (mixee != null && mixee.commandLine() != null) return mixee.commandLine().getErr();
    return new PrintWriter(System.err, true);
  }
}
