package dev.gongconnector.library.sync;

/** Explains why a sync stopped early, for the person who will rerun it. */
final class StopReason {

  private StopReason() {}

  static boolean isGongFailure(RuntimeException e) {
    return false; // TODO: client exception kinds
  }

  static String describe(RuntimeException e) {
    return e.getMessage();
  }
}
