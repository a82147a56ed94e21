package dev.gongconnector.actions.library;

import dev.gongconnector.library.LibraryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the local call library lives for one run of a launcher (the CLI or the MCP server): the one
 * place that decides it. An explicit directory wins; an embedded local Gong gets a fresh, empty
 * temporary root that is removed when closed (or at exit), so it never reads a library it did not
 * write; otherwise the user's data directory ({@code $XDG_DATA_HOME/gong-connector/library}).
 */
public final class LibraryRoot implements AutoCloseable {

  /** Temporary roots still to remove when the JVM exits (a process killed by Ctrl-C included). */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> PENDING.forEach(LibraryRoot::delete), "gong-library-cleanup"));
  }

  private final Path path;
  private final boolean temporary;

  private LibraryRoot(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /**
   * The root for a launcher: {@code explicit} when given, a fresh temporary one for an embedded
   * Gong, else the default under {@code getenv("XDG_DATA_HOME")} or {@code home}.
   */
  public static LibraryRoot resolve(
      Path explicit, boolean embeddedGong, Function<String, String> getenv, Path home) {
    if (explicit != null) return new LibraryRoot(explicit, false);
    if (embeddedGong) return fresh();
    return new LibraryRoot(LibraryStore.defaultRoot(getenv, home), false);
  }

  /** A new empty root, removed by {@link #close()} or at exit at the latest. */
  public static LibraryRoot fresh() {
    try {
      Path dir = Files.createTempDirectory("gong-embedded-library-");
      PENDING.add(dir);
      return new LibraryRoot(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary library directory", e);
    }
  }

  public Path path() {
    return path;
  }

  /** True for the throw-away root of an embedded Gong. */
  public boolean temporary() {
    return temporary;
  }

  @Override
  public void close() {
    if (temporary && PENDING.remove(path)) delete(path);
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover temp directory is harmless, it is never read again.
    }
  }

  @Override
  public String toString() {
    return path + (temporary ? " (temporary)" : "");
  }
}
