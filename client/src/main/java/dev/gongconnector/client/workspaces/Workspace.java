package dev.gongconnector.client.workspaces;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Gong workspace.
 *
 * @param id workspace id
 * @param name name
 * @param description description
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(String id, String name, String description) {}
