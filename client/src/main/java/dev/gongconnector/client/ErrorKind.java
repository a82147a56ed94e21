package dev.gongconnector.client;

/**
 * What went wrong, as an enum so callers on Java 17 can {@code switch} on it (no type patterns in
 * switch).
 */
public enum ErrorKind {
  /** 401: the access key/secret or bearer token was refused. */
  AUTHENTICATION,
  /**
   * 403: the credentials are valid but lack a scope or permission (Gong answers "Access denied").
   */
  PERMISSION,
  /** 404 on a single resource (an unknown call or user id). */
  NOT_FOUND,
  /** 429 from Gong, or the client's own daily budget is spent. */
  RATE_LIMITED,
  /** 400, or a request the client refused to send because it is invalid. */
  INVALID_REQUEST,
  /** 409, e.g. "recording is not enabled for the primary user". */
  CONFLICT,
  /** 5xx. */
  SERVER,
  /** No HTTP answer: connection refused or dropped, timeout, TLS failure. */
  TRANSPORT,
  /** A 2xx answer whose body is not the JSON Gong documents (truncated, not JSON, wrong shape). */
  MALFORMED_RESPONSE,
  /** Any other HTTP status. */
  UNEXPECTED_STATUS
}
