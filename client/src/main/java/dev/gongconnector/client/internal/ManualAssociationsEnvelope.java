package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/calls/manual-crm-associations}.
 *
 * @param requestId request id
 * @param records paging
 * @param associations associations
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManualAssociationsEnvelope(
    String requestId,
    PageInfo records,
    List<dev.gongconnector.client.crm.ManualAssociation> associations) {

  public ManualAssociationsEnvelope {
    associations = Lists.copy(associations);
  }
}
