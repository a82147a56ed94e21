package dev.gongconnector.cli.output;

import dev.gongconnector.actions.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows an action's progress on stderr as one line rewritten in place ({@code \r}), at most ten
 * times a second; a new stage starts a new line. Use {@link #create} so that nothing is drawn when
 * stderr is not a terminal (scripts, CI logs).
 */
public final class ConsoleProgress implements ProgressListener, AutoCloseable {

  private static final long MIN_INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private String stage;
  private long lastDraw;
  private int lastLength;
  private boolean drawn;

  private ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  /** A progress display on {@code err} when enabled, or a listener that draws nothing. */
  public static ConsoleProgress create(PrintWriter err, boolean enabled) {
    return new ConsoleProgress(enabled ? err : null);
  }

  @Override
  public synchronized void progress(String stage, long done, long total) {
    if (err == null) return;
    long now = System.nanoTime();
    boolean newStage = !stage.equals(this.stage);
    boolean last = total >= 0 && done >= total;
    if (!newStage && !last && drawn && now - lastDraw < MIN_INTERVAL_NANOS) return;
    if (newStage && drawn) err.print('\n');
    this.stage = stage;
    this.lastDraw = now;
    String line =
        total >= 0
            ? String.format(
                "%s: %d/%d (%d%%)", stage, done, total, total == 0 ? 100 : done * 100 / total)
            : String.format("%s: %d", stage, done);
    err.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
    drawn = true;
  }

  /** Ends the progress line so that later messages start on a fresh line. */
  @Override
  public synchronized void close() {
    if (err != null && drawn) {
      err.print('\n');
      err.flush();
      drawn = false;
      stage = null;
    }
  }
}
