package dev.gongconnector.cli.connection;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The profile file {@code ~/.config/gong/config.properties} (or {@code $XDG_CONFIG_HOME/gong/...},
 * or {@code $GONG_CONFIG}): one properties file holding named profiles as {@code <profile>.<field>}
 * keys.
 *
 * <pre>
 * default.base-url=https://us-12345.api.gong.io
 * default.access-key=ABC...
 * default.access-key-secret=...
 * staging.base-url=...
 * </pre>
 *
 * <p>Keys without a profile prefix ({@code base-url=...}) belong to the {@code default} profile, so
 * a hand-written file of three lines works. The file is written owner-only (600, directory 700)
 * through a temporary file and an atomic rename, so a crash never leaves a half-written or
 * world-readable secret.
 */
public final class ProfileStore {

  /** The profile used when none is named. */
  public static final String DEFAULT_PROFILE = "default";

  /** The fields a profile may hold. */
  public static final List<String> FIELDS =
      List.of("base-url", "access-key", "access-key-secret", "bearer-token");

  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  private final Path file;

  public ProfileStore(Path file) {
    this.file = file;
  }

  /** The store at the location the context points to. */
  public static ProfileStore locate(CliContext context) {
    String explicit = context.getenv("GONG_CONFIG");
    if (explicit != null) return new ProfileStore(Path.of(explicit));
    String xdg = context.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null ? Path.of(xdg) : context.home().resolve(".config");
    return new ProfileStore(base.resolve("gong").resolve("config.properties"));
  }

  public Path file() {
    return file;
  }

  /** Every profile in the file, by name, with its fields; empty when the file does not exist. */
  public Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> profiles = new TreeMap<>();
    if (!Files.isRegularFile(file)) return profiles;
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new CliUsageException("cannot read the profile file " + file + ": " + e.getMessage());
    }
    for (String key : properties.stringPropertyNames()) {
      String normalized = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
      String profile = DEFAULT_PROFILE;
      String field = normalized;
      int dot = normalized.lastIndexOf('.');
      if (dot > 0) {
        profile = key.trim().substring(0, dot);
        field = normalized.substring(dot + 1);
      }
      if (!FIELDS.contains(field)) continue; // unknown keys are left alone, not an error
      String value = properties.getProperty(key).trim();
      if (!value.isEmpty())
        profiles.computeIfAbsent(profile, p -> new LinkedHashMap<>()).put(field, value);
    }
    return profiles;
  }

  /** The fields of one profile, or null when the file has no such profile. */
  public Map<String, String> profile(String name) {
    return load().get(name);
  }

  /**
   * A warning when the file can be read by group or others (it may hold a secret), or null.
   * Non-POSIX file systems are not checked.
   */
  public String permissionWarning() {
    if (!Files.isRegularFile(file) || !posix()) return null;
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      for (PosixFilePermission p : permissions) {
        if (!OWNER_FILE.contains(p)) {
          return "the profile file "
              + file
              + " is readable by others ("
              + PosixFilePermissions.toString(permissions)
              + "): run `chmod 600 "
              + file
              + "`";
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Replaces one profile's fields (null or blank values are dropped), keeping the other profiles.
   */
  public void save(String profile, Map<String, String> fields) {
    if (profile == null
        || profile.isBlank()
        || profile.contains(".")
        || profile.contains("=")
        || profile.contains(":")
        || profile.chars().anyMatch(Character::isWhitespace)) {
      throw new CliUsageException(
          "invalid profile name '" + profile + "': use letters, digits, '-' or '_'");
    }
    Map<String, Map<String, String>> profiles = load();
    Map<String, String> kept = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = fields.get(field);
      if (value != null && !value.isBlank()) kept.put(field, value.trim());
    }
    profiles.put(profile, kept);
    write(profiles);
  }

  private void write(Map<String, Map<String, String>> profiles) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (!Files.isDirectory(dir)) {
        if (posix()) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        else Files.createDirectories(dir);
      }
      Path temp =
          posix()
              ? Files.createTempFile(
                  dir, ".config", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
              : Files.createTempFile(dir, ".config", ".tmp");
      try {
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          out.write(
              "# gong command line profiles, written by `gong configure`. Keep this file private (600).\n");
          for (Map.Entry<String, Map<String, String>> profile : profiles.entrySet()) {
            out.write("\n");
            for (Map.Entry<String, String> field : profile.getValue().entrySet()) {
              out.write(
                  profile.getKey() + "." + field.getKey() + "=" + escape(field.getValue()) + "\n");
            }
          }
        }
        try {
          Files.move(
              temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        if (posix()) Files.setPosixFilePermissions(file, OWNER_FILE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the profile file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Escapes a properties value so that {@link Properties#load} reads it back unchanged. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') out.append("\\\\");
      else if (c == '\n') out.append("\\n");
      else if (c == '\r') out.append("\\r");
      else if (c == '\t') out.append("\\t");
      else if (c == ' ' && i == 0) out.append("\\ ");
      else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.toString();
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
