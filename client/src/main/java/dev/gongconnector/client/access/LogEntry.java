package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One audit log entry ({@code logEntry}); {@code logRecord} maps field names to values.
 *
 * @param userId user id, if any
 * @param userEmailAddress user email
 * @param userFullName user name
 * @param impersonatorUserId impersonator id
 * @param impersonatorEmailAddress impersonator email
 * @param impersonatorFullName impersonator name
 * @param impersonatorCompanyId impersonator company
 * @param eventTime when
 * @param logRecord the logged fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogEntry(
    String userId,
    String userEmailAddress,
    String userFullName,
    String impersonatorUserId,
    String impersonatorEmailAddress,
    String impersonatorFullName,
    String impersonatorCompanyId,
    OffsetDateTime eventTime,
    Map<String, Object> logRecord) {}
