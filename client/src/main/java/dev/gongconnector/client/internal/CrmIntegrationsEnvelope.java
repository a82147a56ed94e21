package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/crm/integrations}.
 *
 * @param requestId request id
 * @param integrations integrations
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmIntegrationsEnvelope(
    String requestId, List<dev.gongconnector.client.crm.CrmIntegration> integrations) {

  public CrmIntegrationsEnvelope {
    integrations = Lists.copy(integrations);
  }
}
