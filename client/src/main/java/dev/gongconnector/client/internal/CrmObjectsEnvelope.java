package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Answer of {@code GET /v2/crm/entities}: fields per CRM id, null for unknown ids.
 *
 * @param requestId request id
 * @param crmObjectsMap objects by CRM id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmObjectsEnvelope(
    String requestId, // keep unknown ids (null values) when written back: they say "not found"
    @JsonInclude(content = JsonInclude.Include.ALWAYS)
        Map<String, Map<String, Object>> crmObjectsMap) {}
