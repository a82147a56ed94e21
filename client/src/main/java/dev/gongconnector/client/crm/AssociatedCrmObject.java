package dev.gongconnector.client.crm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An account (and deal) a call was associated with by hand ({@code AssociationObject}).
 *
 * @param accountCrmId CRM account id
 * @param dealCrmId CRM deal id, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociatedCrmObject(String accountCrmId, String dealCrmId) {}
