package dev.gongconnector.simulator.company;

/** A Gong workspace ({@code GET /v2/workspaces}). */
public record Workspace(String id, String name, String description) {}
