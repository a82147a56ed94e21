package dev.gongconnector.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The body of one answer, read as it arrives (a page of transcripts is several MB: as one array it
 * would be a humongous allocation in G1).
 *
 * <p>Tells a broken stream (the connection dropped, or {@link #expired() nothing arrived} within
 * the idle timeout) apart from a complete body that is not JSON: Jackson may report either as its
 * own exception. The idle timeout is needed because JDK 17's {@code HttpRequest.timeout} stops
 * counting at the response headers, and its body stream ignores interrupts. Closing drains a
 * bounded rest so the connection goes back to the pool, then cancels the watch.
 */
final class BodyStream extends InputStream {

  /**
   * What is read after the parsed value (whitespace, an unread tail) before the connection is
   * dropped instead.
   */
  static final int DRAIN_LIMIT = 64 * 1024;

  private final InputStream in;
  private final long idleNanos;
  private volatile long lastProgress = System.nanoTime();
  private volatile boolean closed;
  private volatile boolean expired;
  private volatile ScheduledFuture<?> watch;
  private IOException failure;

  private BodyStream(InputStream in, Duration idleTimeout) {
    this.in = in;
    this.idleNanos = idleTimeout.toNanos();
  }

  /**
   * Wraps {@code in} and starts watching it: closed when no byte arrives for {@code idleTimeout}.
   */
  static BodyStream watched(InputStream in, Duration idleTimeout) {
    BodyStream body = new BodyStream(in, idleTimeout);
    body.watchFor(body.idleNanos);
    return body;
  }

  /** Whether the stream broke (dropped connection, or idle timeout) rather than ended. */
  boolean broken() {
    return failure != null || expired;
  }

  /** What the stream itself threw, or null: rather than Jackson's wrapping of it. */
  IOException failure() {
    return failure;
  }

  /** Whether the idle timeout closed the stream. */
  boolean expired() {
    return expired;
  }

  @Override
  public int read() throws IOException {
    try {
      int b = in.read();
      if (b >= 0) lastProgress = System.nanoTime();
      return b;
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      int n = in.read(buffer, offset, length);
      if (n > 0) lastProgress = System.nanoTime();
      return n;
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public void close() {
    if (closed) return;
    try {
      if (!broken()) drain();
    } finally {
      closed = true;
      ScheduledFuture<?> w = watch;
      if (w != null) w.cancel(false);
      closeQuietly();
    }
  }

  /**
   * Reads the rest, up to {@link #DRAIN_LIMIT}: JDK 17 closes the connection instead of reusing it
   * when a body stream is closed before its end. Still under the idle watch.
   */
  private void drain() {
    byte[] sink = new byte[2048];
    try {
      for (long left = DRAIN_LIMIT; left > 0; ) {
        int n = in.read(sink, 0, (int) Math.min(sink.length, left));
        if (n < 0) return;
        left -= n;
      }
    } catch (IOException e) {
      // The value was parsed (or failed) already; only the connection's reuse is lost.
    }
  }

  private void watchFor(long delayNanos) {
    watch = Timer.INSTANCE.schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Runs on the timer: closes the stream if nothing arrived within the timeout, else looks again
   * later.
   */
  private void checkIdle() {
    if (closed) return;
    long idle = System.nanoTime() - lastProgress;
    if (idle < idleNanos) {
      watchFor(idleNanos - idle);
      return;
    }
    expired = true;
    // Wakes the reader blocked in the JDK's stream: its read throws IOException("closed").
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  /** One daemon thread for every client in the JVM; it ends when idle and comes back on demand. */
  private static final class Timer {
    static final ScheduledThreadPoolExecutor INSTANCE = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "gong-client-body-watch");
                t.setDaemon(true);
                return t;
              });
      // A cancelled watch would otherwise hold its stream until its time comes.
      timer.setRemoveOnCancelPolicy(true);
      timer.setKeepAliveTime(10, TimeUnit.SECONDS);
      timer.allowCoreThreadTimeOut(true);
      return timer;
    }
  }
}
