package dev.gongconnector.client.coaching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A manager or a direct report in coaching data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoachingUser(
    String id, String emailAddress, String firstName, String lastName, String title) {}
