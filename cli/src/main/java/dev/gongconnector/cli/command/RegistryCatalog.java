package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.calls.MediaPolicy;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.connection.GongConnection;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog of the actions module's {@link ActionRegistry}, with write actions enabled (running
 * {@code gong add-call} is the user's explicit request; the MCP server keeps them off by default)
 * and the local call library installed ({@code search_calls} answers from it when {@code gong sync}
 * covers the range, and {@code search_transcripts} is offered).
 *
 * <p>Help and option generation read a registry built over an offline client that never sends a
 * request; running a command builds the registry over the live connection.
 */
public final class RegistryCatalog implements ActionCatalog {

  /** Environment variable of the default media directories, separated like PATH. */
  public static final String MEDIA_DIRS_ENV = "GONG_MEDIA_DIRS";

  private final CliContext context;

  private RegistryCatalog(CliContext context) {
    this.context = context;
  }

  /** The catalog for a command line running in {@code context} (which locates the library). */
  public static RegistryCatalog create(CliContext context) {
    return new RegistryCatalog(context);
  }

  /** The catalog of the real process's context. */
  public static RegistryCatalog create() {
    return new RegistryCatalog(CliContext.system());
  }

  @Override
  public List<Action> actions() {
    return ActionRegistry.definitions();
  }

  /**
   * The action called {@code name}, as among {@link #actions()}, made alone: a command runs one
   * action, and building all of them was a tenth of a one-request command's work before its
   * request.
   */
  @Override
  public Action find(String name) {
    return ActionRegistry.describing()
        .allowWrites(true)
        .library(ActionRegistry.DEFINITIONS_LIBRARY)
        .buildOne(name)
        .orElse(null);
  }

  @Override
  public Action bind(String canonicalName, GongConnection connection, List<Path> mediaDirs) {
    // The connection owns the library root: a fresh one for an embedded Gong, removed on close.
    return ActionRegistry.builder(connection.client())
        .allowWrites(true)
        .library(connection.libraryRoot(null))
        .mediaPolicy(media(mediaDirs))
        .buildOne(canonicalName)
        .orElseThrow(() -> new CliUsageException("unknown action '" + canonicalName + "'"));
  }

  @Override
  public Action checker(String canonicalName, List<Path> mediaDirs) {
    // Without a client: this registry only checks parameters, with the command's media policy.
    return ActionRegistry.describing()
        .allowWrites(true)
        .mediaPolicy(media(mediaDirs))
        .buildOne(canonicalName)
        .orElseThrow(() -> new CliUsageException("unknown action '" + canonicalName + "'"));
  }

  /**
   * Media files come from {@code --media-dir}, else {@code GONG_MEDIA_DIRS} (a path list), else the
   * working directory: the person at the prompt names the file, but a run file should not reach
   * outside without being told.
   */
  private MediaPolicy media(List<Path> named) {
    List<Path> dirs = new ArrayList<>(named);
    String env = context.getenv(MEDIA_DIRS_ENV);
    if (dirs.isEmpty() && env != null) {
      for (String dir : env.split(File.pathSeparator)) if (!dir.isBlank()) dirs.add(Path.of(dir));
    }
    if (dirs.isEmpty()) dirs.add(Path.of("").toAbsolutePath());
    try {
      return MediaPolicy.allowing(dirs);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException("--media-dir: " + e.getMessage());
    }
  }
}
