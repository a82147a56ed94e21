package dev.gongconnector.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user's recording and import settings.
 *
 * @param webConferencesRecorded as Gong reports it, or null
 * @param preventWebConferenceRecording as Gong reports it, or null
 * @param telephonyCallsImported as Gong reports it, or null
 * @param emailsImported as Gong reports it, or null
 * @param preventEmailImport as Gong reports it, or null
 * @param nonRecordedMeetingsImported as Gong reports it, or null
 * @param gongConnectEnabled as Gong reports it, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserSettings(
    Boolean webConferencesRecorded,
    Boolean preventWebConferenceRecording,
    Boolean telephonyCallsImported,
    Boolean emailsImported,
    Boolean preventEmailImport,
    Boolean nonRecordedMeetingsImported,
    Boolean gongConnectEnabled) {}
