package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /v2/crm/entity-schema}.
 *
 * @param requestId request id
 * @param objectTypeToSelectedFields fields per object type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmSchemaEnvelope(
    String requestId,
    Map<String, List<dev.gongconnector.client.crm.CrmSchemaField>> objectTypeToSelectedFields) {}
