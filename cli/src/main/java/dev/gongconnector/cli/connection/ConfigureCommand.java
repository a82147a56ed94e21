package dev.gongconnector.cli.connection;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.ExitCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gong configure}: saves the base URL, access key and secret of a Gong account into a
 * profile of the owner-only profile file, after checking them against Gong. The secret is read
 * without echo from the terminal, or from the first line of stdin when that is not a terminal; it
 * is never printed.
 */
@Command(
    name = "configure",
    mixinStandardHelpOptions = true,
    description = {
      "Save your Gong API credentials in a profile (~/.config/gong/config.properties, mode 600).",
      "",
      "Find the base URL and create an access key in Gong under Company Settings > Ecosystem > API.",
      "On a terminal the secret is asked for without echo; otherwise it is read from stdin:",
      "  gong configure --base-url https://us-12345.api.gong.io --access-key KEY < secret.txt"
    })
public final class ConfigureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = ProfileStore.DEFAULT_PROFILE,
      description = "Profile to write (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Your Gong API base URL, e.g. https://us-12345.api.gong.io.")
  String baseUrl;

  @Option(names = "--access-key", paramLabel = "KEY", description = "Your Gong access key.")
  String accessKey;

  @Option(
      names = "--bearer-token-stdin",
      description =
          "Read an OAuth bearer token (instead of an access key secret) from stdin or the prompt.")
  boolean bearer;

  @Option(
      names = "--no-verify",
      negatable = false,
      description = "Save without checking the credentials against Gong (GET /v2/workspaces).")
  boolean noVerify;

  private final CliContext context;

  public ConfigureCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ProfileStore store = ProfileStore.locate(context);
    Map<String, String> existing = store.profile(profile);
    if (existing == null) existing = Map.of();
    BufferedReader stdin =
        new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));

    String url =
        value(
            baseUrl,
            "Gong API base URL (e.g. https://us-12345.api.gong.io)",
            existing.get("base-url"),
            stdin);
    url = normalizeBaseUrl(url);
    String key = bearer ? null : value(accessKey, "Access key", existing.get("access-key"), stdin);
    String secretField = bearer ? "bearer-token" : "access-key-secret";
    String secret =
        secret(bearer ? "Bearer token" : "Access key secret", existing.get(secretField), stdin);

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("base-url", url);
    if (!bearer) fields.put("access-key", key);
    fields.put(secretField, secret);
    if (!noVerify) {
      ConnectionSettings settings =
          new ConnectionSettings(
              url, key, bearer ? null : secret, bearer ? secret : null, "gong configure");
      try (GongConnection connection = GongConnection.open(settings, context, err)) {
        int workspaces = connection.client().workspaces().list().size();
        err.println("gong: the credentials work: " + workspaces + " workspace(s) at " + url);
      } catch (RuntimeException e) {
        err.println("gong: could not verify the credentials: " + e.getMessage());
        err.println("gong: nothing saved (use --no-verify to save anyway)");
        return ExitCodes.FAILURE;
      }
    }
    store.save(profile, fields);
    err.println(
        "gong: saved profile '" + profile + "' to " + store.file() + " (readable by you alone)");
    return ExitCodes.OK;
  }

  private String value(String flag, String prompt, String current, BufferedReader stdin) {
    if (flag != null && !flag.isBlank()) return flag.trim();
    if (context.console() != null) {
      String line =
          context.console().readLine(prompt + (current == null ? "" : " [" + current + "]") + ": ");
      if (line != null && !line.isBlank()) return line.trim();
      if (current != null) return current;
      throw new CliUsageException(prompt + " is required");
    }
    if (current != null) return current;
    throw new CliUsageException(
        prompt + " is required: give it as an option (stdin holds only the secret)");
  }

  private String secret(String prompt, String current, BufferedReader stdin) {
    if (context.console() != null) {
      char[] typed =
          context
              .console()
              .readPassword(
                  prompt
                      + " (input hidden"
                      + (current == null ? "" : ", Enter keeps the saved one")
                      + "): ");
      try {
        String value = typed == null ? "" : new String(typed).trim();
        if (!value.isEmpty()) return value;
      } finally {
        if (typed != null) Arrays.fill(typed, '\0');
      }
      if (current != null) return current;
      throw new CliUsageException(prompt + " is required");
    }
    try {
      String line = firstLine(stdin, prompt);
      if (line != null && !line.isBlank()) return line.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (current != null) return current;
    throw new CliUsageException(
        prompt
            + " is required: type it at the prompt, or pipe it on stdin "
            + "(e.g. `gong configure ... < secret.txt`)");
  }

  /** A secret or token is far shorter; more means the wrong input (e.g. {@code < /dev/zero}). */
  static final int MAX_SECRET_CHARS = 16 * 1024;

  /**
   * The first line of {@code in}, or null at its end; a usage error when it is longer than {@link
   * #MAX_SECRET_CHARS} or holds control characters (read no further: the input may be endless).
   */
  static String firstLine(BufferedReader in, String what) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c == '\r') continue;
      if (line.length() >= MAX_SECRET_CHARS) {
        throw new CliUsageException(
            what + " on stdin is longer than " + MAX_SECRET_CHARS + " characters: wrong input?");
      }
      if (c < 0x20 && c != '\t') {
        throw new CliUsageException(what + " on stdin holds control characters: wrong input?");
      }
      line.append((char) c);
    }
    return c == -1 && line.length() == 0 ? null : line.toString();
  }

  /**
   * Accepts what users paste: trailing slashes and a trailing /v2 are dropped; https is required
   * (http only on loopback, for a local Gong), with a host: exactly what later commands accept.
   */
  static String normalizeBaseUrl(String url) {
    return BaseUrlCheck.check(url, "the command line");
  }
}
