package dev.gongconnector.actions.transcripts;

/** Formats offsets into a call as a person reads them. */
public final class Clock {

  private Clock() {}

  /** 83_000 ms gives "1:23"; an hour or more gives "1:02:03". */
  public static String format(long ms) {
    long s = Math.max(0, ms) / 1000;
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
  }
}
