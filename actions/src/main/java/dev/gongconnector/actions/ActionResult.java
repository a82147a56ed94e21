package dev.gongconnector.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one result envelope of every action: {@code {"success": true, "data": ...}} or {@code
 * {"success": false, "error": {...}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionResult(boolean success, JsonNode data, ActionError error) {

  public ActionResult {
    if (success && error != null)
      throw new IllegalArgumentException("a successful result has no error");
    if (!success && error == null)
      throw new IllegalArgumentException("a failed result needs an error");
  }

  public static ActionResult ok(JsonNode data) {
    return new ActionResult(true, data, null);
  }

  public static ActionResult failure(ActionError error) {
    return new ActionResult(false, null, error);
  }
}
