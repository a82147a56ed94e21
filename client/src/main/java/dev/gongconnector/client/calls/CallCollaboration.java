package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * The {@code collaboration} block of extensive data.
 *
 * @param publicComments public comments
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallCollaboration(List<PublicComment> publicComments) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param publicComments public comments
   */
  public CallCollaboration {
    publicComments = Lists.copy(publicComments);
  }
}
