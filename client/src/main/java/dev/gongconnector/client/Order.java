package dev.gongconnector.client;

/**
 * Which end of a date range a bounded collection keeps when the range holds more records than asked
 * for. Gong itself lists only oldest first.
 */
public enum Order {
  /** The most recent records of the range, newest first. */
  NEWEST_FIRST,
  /** The earliest records of the range, oldest first (Gong's own order). */
  OLDEST_FIRST
}
