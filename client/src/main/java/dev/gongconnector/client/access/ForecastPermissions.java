package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Forecast permissions of a permission profile.
 *
 * @param forecastAccess see forecasts
 * @param forecastEditSubmissions edit submissions
 * @param forecastEditTargets edit targets
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForecastPermissions(
    AccessLevel forecastAccess,
    AccessLevel forecastEditSubmissions,
    AccessLevel forecastEditTargets) {}
