package dev.gongconnector.cli.library;

import dev.gongconnector.actions.params.Dates;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.library.LibraryStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where {@code gong sync} and {@code gong search} keep a tenant's library, and their shared option
 * parsing.
 */
final class LibraryStores {

  private LibraryStores() {}

  /**
   * The store of the resolved connection: one per Gong base URL + access key (hashed, never the
   * secret).
   */
  static Path store(Path root, ConnectionSettings settings) {
    if (settings.simulated()) return root.resolve(LibraryStore.SIMULATOR_STORE);
    return LibraryStore.tenantDirectory(
        root, settings.baseUrl(), settings.basicAuth() ? settings.accessKey() : null);
  }

  /** {@code --from}-style option: a date is the start of that day. */
  static Instant start(CommandSpec spec, String option, String value) {
    return parse(spec, option, value, Dates::rangeStart);
  }

  /** {@code --to}-style option: a plain date includes that whole day. */
  static Instant end(CommandSpec spec, String option, String value) {
    return parse(spec, option, value, Dates::rangeEnd);
  }

  private static Instant parse(
      CommandSpec spec, String option, String value, BiFunction<String, String, Instant> parser) {
    if (value == null) return null;
    try {
      return parser.apply(option, value);
    } catch (InvalidParameterException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
