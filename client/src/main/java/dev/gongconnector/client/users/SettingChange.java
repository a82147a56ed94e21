package dev.gongconnector.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** One change of a user setting ({@code UserSettingsHistory}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingChange(String setting, Boolean value, OffsetDateTime time) {}
