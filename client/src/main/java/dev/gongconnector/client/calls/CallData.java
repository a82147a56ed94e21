package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * One call of {@code POST /v2/calls/extensive}: {@code metaData} always, other blocks only when
 * selected (null or empty otherwise).
 *
 * @param metaData the call's basic data
 * @param context CRM links
 * @param parties participants
 * @param content content, or null
 * @param interaction interaction, or null
 * @param collaboration collaboration, or null
 * @param media media URLs, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallData(
    Call metaData,
    List<CallContext> context,
    List<Party> parties,
    CallContent content,
    CallInteraction interaction,
    CallCollaboration collaboration,
    CallMedia media) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param metaData the call's basic data
   * @param context CRM links
   * @param parties participants
   * @param content content, or null
   * @param interaction interaction, or null
   * @param collaboration collaboration, or null
   * @param media media URLs, or null
   */
  public CallData {
    context = Lists.copy(context);
    parties = Lists.copy(parties);
  }

  /** {@return the call id ({@code metaData.id}), or null if Gong sent no metaData} */
  @JsonIgnore
  public String id() {
    return metaData == null ? null : metaData.id();
  }
}
