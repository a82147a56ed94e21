package dev.gongconnector.library;

/**
 * A problem with the local library itself (store busy, unreadable, bad query), as opposed to a Gong
 * error.
 */
public class LibraryException extends RuntimeException {

  public LibraryException(String message) {
    super(message);
  }

  public LibraryException(String message, Throwable cause) {
    super(message, cause);
  }
}
