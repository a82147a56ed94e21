package dev.gongconnector.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where library stores live on disk: one directory per Gong tenant and access key under a root, so
 * two companies (or two keys that see different calls) never mix.
 *
 * <p>The directory name is a hash of the normalized base URL and the access key (never the secret);
 * a {@code tenant.txt} beside the index names the base URL for people browsing the folder.
 */
public final class LibraryStore {

  static final String TENANT_FILE = "tenant.txt";

  /**
   * The store of a Gong on loopback (the local simulator, e.g. {@code gong --sim}): its port and
   * generated key change every run, so it gets one fixed store instead of one per key.
   */
  public static final String SIMULATOR_STORE = "local-simulator";

  private LibraryStore() {}

  /**
   * {@code $XDG_DATA_HOME/gong-connector/library}, or {@code
   * ~/.local/share/gong-connector/library}.
   */
  public static Path defaultRoot() {
    return defaultRoot(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * The default root for an environment ({@code getenv}) and home directory (tests, the command
   * line).
   */
  public static Path defaultRoot(
      java.util.function.Function<String, String> getenv, Path userHome) {
    return defaultRoot(getenv.apply("XDG_DATA_HOME"), userHome.toString());
  }

  static Path defaultRoot(Map<String, String> env, String userHome) {
    return defaultRoot(env.get("XDG_DATA_HOME"), userHome);
  }

  private static Path defaultRoot(String xdg, String userHome) {
    Path data =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(userHome, ".local", "share");
    return data.resolve("gong-connector").resolve("library");
  }

  /**
   * The store of one tenant + access key under {@code root} (not created); a loopback base URL (the
   * simulator) gets {@link #SIMULATOR_STORE}.
   *
   * @param accessKey the access key id (never the secret), or null for OAuth (tokens rotate)
   */
  public static Path tenantDirectory(Path root, String baseUrl, String accessKey) {
    if (baseUrl == null || baseUrl.isBlank())
      throw new IllegalArgumentException("baseUrl is required");
    if (isLoopback(baseUrl)) return root.resolve(SIMULATOR_STORE);
    String identity = normalizeBaseUrl(baseUrl) + "\n" + (accessKey == null ? "" : accessKey);
    return root.resolve(sha256(identity).substring(0, 16));
  }

  /** Records which Gong base URL a store belongs to. */
  public static void describeTenant(Path store, String baseUrl) {
    try {
      Files.createDirectories(store);
      Files.writeString(
          store.resolve(TENANT_FILE), normalizeBaseUrl(baseUrl) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLoopback(String baseUrl) {
    String s = normalizeBaseUrl(baseUrl);
    return s.startsWith("http://127.0.0.1")
        || s.startsWith("http://localhost")
        || s.startsWith("http://[::1]");
  }

  /**
   * {@code https://US-1.api.gong.io/v2/} and {@code https://us-1.api.gong.io} are the same tenant.
   */
  static String normalizeBaseUrl(String baseUrl) {
    String s = baseUrl.strip().toLowerCase(Locale.ROOT);
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    if (s.endsWith("/v2")) s = s.substring(0, s.length() - 3);
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
