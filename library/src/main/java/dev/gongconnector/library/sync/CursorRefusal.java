package dev.gongconnector.library.sync;

import dev.gongconnector.client.ErrorKind;
import dev.gongconnector.client.GongException;

/**
 * Recognizes Gong refusing a paging cursor, which a sync answers with a cursor-free restart from
 * its checkpoint. Gong expires cursors (about an hour after the first page, unconfirmed) with a
 * 400; since the rest of the request is identical to the first page that was accepted, a 400 on a
 * later page is taken as the cursor's fault.
 */
final class CursorRefusal {

  private CursorRefusal() {}

  static boolean is(RuntimeException e) {
    return e instanceof GongException
        && ((GongException) e).kind() == ErrorKind.INVALID_REQUEST
        && ((GongException) e).status() == 400;
  }
}
