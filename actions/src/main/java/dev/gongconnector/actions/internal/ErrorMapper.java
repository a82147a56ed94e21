package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.ActionError;

/** Maps exceptions raised while running an action to the envelope's error. */
public final class ErrorMapper {

  private ErrorMapper() {}

  /** The error for {@code e}; the message never carries a secret (client exceptions never hold one). */
  public static ActionError toError(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ActionError("internal", message, null, null, null);
  }
}
