package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A call that references the address or number ({@code CallReference}).
 *
 * @param id call id
 * @param status status as Gong reports it
 * @param externalSystems where it was logged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallReference(String id, String status, List<ExternalSystem> externalSystems) {

  /**
   * Checks that {@code id} is present, copies the lists (null becomes empty), so the record stays
   * immutable.
   *
   * @param id call id
   * @param status status as Gong reports it
   * @param externalSystems where it was logged
   */
  public CallReference {
    java.util.Objects.requireNonNull(id, "id");
    externalSystems = Lists.copy(externalSystems);
  }
}
