package dev.gongconnector.simulator.activity;

/** One user's activity on one call at one time. */
public record Event(String userId, Kind kind, long callId, long millis) {}
