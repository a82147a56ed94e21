package dev.gongconnector.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line reads from its surroundings: environment variables, the home directory,
 * stdin, and whether it talks to a terminal.
 *
 * <p>Commands never call {@link System#getenv()} or {@link System#console()} themselves, so tests
 * run the whole command line in-process with their own environment and streams.
 *
 * @param env the environment variables
 * @param home the user's home directory (for {@code ~/.config/gong})
 * @param stdin standard input (secrets for {@code gong configure}, {@code gong run -})
 * @param interactive whether a person sits at a terminal (pretty JSON, prompts)
 * @param console reads a line or a password from the terminal; null when not interactive
 * @param stderrTerminal whether stderr is a terminal (progress), even when stdout is redirected
 */
public record CliContext(
    Map<String, String> env,
    Path home,
    InputStream stdin,
    boolean interactive,
    Prompter console,
    boolean stderrTerminal) {

  public CliContext {
    env = Map.copyOf(env);
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(stdin, "stdin");
  }

  /** A context whose stderr is a terminal exactly when it is {@code interactive}. */
  public CliContext(
      Map<String, String> env,
      Path home,
      InputStream stdin,
      boolean interactive,
      Prompter console) {
    this(env, home, stdin, interactive, console, interactive);
  }

  /**
   * The real process: {@link System#getenv()}, {@code user.home}, {@link System#in}, {@link
   * System#console()}.
   */
  public static CliContext system() {
    java.io.Console console = System.console();
    Prompter prompter =
        console == null
            ? null
            : new Prompter() {
              @Override
              public String readLine(String prompt) {
                return console.readLine("%s", prompt);
              }

              @Override
              public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
              }
            };
    return new CliContext(
        System.getenv(),
        home(System.getenv()),
        System.in,
        console != null,
        prompter,
        Terminals.stderrIsTerminal(console != null));
  }

  /**
   * {@code $HOME} when set (a user who sets it expects it to count; the JVM's {@code user.home}
   * ignores it), else {@code user.home}.
   */
  static Path home(Map<String, String> env) {
    String home = env.get("HOME");
    if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) return Path.of(home);
    return Path.of(System.getProperty("user.home"));
  }

  /** A non-interactive context for tests and scripts. */
  public static CliContext of(Map<String, String> env, Path home, InputStream stdin) {
    return new CliContext(env, home, stdin, false, null);
  }

  /** The value of an environment variable, or null when unset or blank. */
  public String getenv(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Whether progress goes to stderr: {@code GONG_PROGRESS=always|never}, else whenever stderr is a
   * terminal (stdout may go to a file: progress never mixes with it).
   */
  public boolean progressEnabled() {
    String mode = getenv("GONG_PROGRESS");
    if ("always".equalsIgnoreCase(mode)) return true;
    if ("never".equalsIgnoreCase(mode)) return false;
    return stderrTerminal;
  }

  /**
   * Whether JSON is pretty-printed by default: {@code GONG_PRETTY=true|false}, else only on a
   * terminal.
   */
  public boolean prettyByDefault() {
    String mode = getenv("GONG_PRETTY");
    if (mode != null) return Boolean.parseBoolean(mode) || "always".equalsIgnoreCase(mode);
    return interactive;
  }

  /** Whether stack traces are printed for unexpected errors ({@code GONG_DEBUG=1}). */
  public boolean debug() {
    String mode = getenv("GONG_DEBUG");
    return mode != null && !"0".equals(mode) && !"false".equalsIgnoreCase(mode);
  }

  /** Reads from the terminal; the password form never echoes. */
  public interface Prompter {
    String readLine(String prompt);

    char[] readPassword(String prompt);
  }
}
