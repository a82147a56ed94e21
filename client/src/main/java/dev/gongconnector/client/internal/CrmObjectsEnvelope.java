package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * Answer of {@code GET /v2/crm/entities}: fields per CRM id, null for unknown ids.
 *
 * @param requestId request id
 * @param crmObjectsMap objects by CRM id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmObjectsEnvelope(
    String requestId, Map<String, Map<String, Object>> crmObjectsMap) {}
