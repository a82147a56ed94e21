package dev.gongconnector.client.access;

/** Types of Gong's audit logs ({@code GET /v2/logs?logType=}). */
public enum LogType {
  AccessLog,
  UserActivityLog,
  UserCallPlay,
  ExternallySharedCallAccess,
  ExternallySharedCallPlay
}
