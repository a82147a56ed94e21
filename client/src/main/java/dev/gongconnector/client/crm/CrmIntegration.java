package dev.gongconnector.client.crm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A generic CRM integration ({@code GenericCrmIntegration}).
 *
 * @param integrationId integration id (Gong: parse as a 64-bit number)
 * @param ownerEmail owner
 * @param name name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmIntegration(Long integrationId, String ownerEmail, String name) {

  /**
   * Checks that {@code integrationId} is present.
   *
   * @param integrationId integration id (Gong: parse as a 64-bit number)
   * @param ownerEmail owner
   * @param name name
   */
  public CrmIntegration {
    java.util.Objects.requireNonNull(integrationId, "integrationId");
  }
}
