package dev.gongconnector.client.access;

/** Types of Gong's audit logs ({@code GET /v2/logs?logType=}). */
public enum LogType {
  /** Sign-ins and other access to Gong. */
  AccessLog,
  /** Users' actions in Gong. */
  UserActivityLog,
  /** Users playing calls. */
  UserCallPlay,
  /** Access to calls shared outside the company. */
  ExternallySharedCallAccess,
  /** Plays of calls shared outside the company. */
  ExternallySharedCallPlay
}
