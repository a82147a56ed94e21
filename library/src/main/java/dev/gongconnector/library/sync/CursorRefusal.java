package dev.gongconnector.library.sync;

/** Recognizes Gong refusing a paging cursor (expired), which a sync answers by a cursor-free restart. */
final class CursorRefusal {

  private CursorRefusal() {}

  static boolean is(RuntimeException e) {
    return false; // TODO: client exception kinds
  }
}
