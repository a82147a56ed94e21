package dev.gongconnector.cli;

import dev.gongconnector.actions.params.InvalidParameterException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.format.DateTimeParseException;

/**
 * Plain words for failures that reach the top as Java exceptions ({@code
 * FileAlreadyExistsException}, {@code DateTimeParseException}, "Input length = 1"...): what
 * happened and what to do, without Java names, with the right exit code (bad input is a usage
 * error).
 */
record Plain(String message, boolean usage) {

  /** The plain message for {@code ex} or one of its causes, or null when none applies. */
  static Plain of(Throwable ex) {
    // The library words its own failures with more to say (which store, what to run next, e.g.
    // "the disk holding the library at DIR is full ..."): its message beats its cause's.
    if (ex instanceof dev.gongconnector.library.LibraryException && ex.getMessage() != null) {
      return null;
    }
    // Only the actions' parser speaks for the user's input here; any other
    // IllegalArgumentException is a bug (exit 1), not the user's mistake.
    if (ex instanceof InvalidParameterException && ex.getMessage() != null) {
      return new Plain(ex.getMessage(), true);
    }
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Plain p = one(t);
      if (p != null) return p;
    }
    return null;
  }

  private static Plain one(Throwable t) {
    if (t instanceof DateTimeParseException e) {
      return new Plain(
          "'"
              + e.getParsedString()
              + "' is not a valid date, time or duration (use ISO-8601, e.g. 2025-07-01,"
              + " 2025-07-01T09:00:00Z or P2D)",
          true);
    }
    if (t instanceof CharacterCodingException) {
      return new Plain("the input is not UTF-8 text (save it as UTF-8 and try again)", true);
    }
    if (t instanceof FileSystemException e) {
      String file = e.getFile() == null ? "a file" : e.getFile();
      if (e instanceof NoSuchFileException)
        return new Plain("no such file or directory: " + file, false);
      if (e instanceof FileAlreadyExistsException) {
        return new Plain(file + " already exists (remove it or choose another name)", false);
      }
      if (e instanceof AccessDeniedException) return new Plain("permission denied: " + file, false);
      if (e instanceof NotDirectoryException) return new Plain(file + " is not a directory", false);
      if (e instanceof DirectoryNotEmptyException) {
        return new Plain(file + " is a directory that is not empty", false);
      }
      return new Plain(
          "cannot use " + file + (e.getReason() == null ? "" : ": " + e.getReason()), false);
    }
    String name = t.getClass().getName();
    if (name.equals("org.apache.lucene.index.CorruptIndexException")
        || name.startsWith("org.apache.lucene.index.IndexFormatToo")) {
      return new Plain("the library is damaged: remove it and run `gong sync`", false);
    }
    if (t instanceof java.io.IOException
        && t.getMessage() != null
        && t.getMessage().contains("No space left on device")) {
      return new Plain("the disk is full: free some space and try again", false);
    }
    return null;
  }
}
