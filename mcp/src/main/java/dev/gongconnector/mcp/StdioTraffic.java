package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * Counts the JSON-RPC requests read from stdin and the responses written to stdout, so that the
 * server stops only after answering what it already read when stdin ends (a script that pipes its
 * requests in and closes stdin must still get every answer).
 */
final class StdioTraffic {

  private final ObjectMapper mapper;
  private final Duration drain;
  private long requests;
  private long responses;
  private boolean ended;

  /** {@code drain}: how long to wait for the answers once stdin has ended. */
  StdioTraffic(ObjectMapper mapper, Duration drain) {
    this.mapper = mapper;
    this.drain = drain;
  }

  /**
   * {@code in}, counting the requests (messages with an id and a method). At its end the reader is
   * held until the answers are out: the SDK drops the requests still running when it sees the end
   * of input.
   */
  InputStream watch(InputStream in) {
    Lines lines = new Lines(true);
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) end();
        else lines.add(b);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) end();
        for (int i = 0; i < n; i++) lines.add(b[off + i]);
        return n;
      }
    };
  }

  /** {@code out}, counting the responses (messages with an id and no method). */
  OutputStream watch(OutputStream out) {
    Lines lines = new Lines(false);
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        lines.add(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = 0; i < len; i++) lines.add(b[off + i]);
      }
    };
  }

  /**
   * Waits until stdin ended, then until every request read is answered or the drain time passed.
   */
  synchronized void awaitEndAndAnswers() throws InterruptedException {
    while (!ended) wait();
    long deadline = System.nanoTime() + drain.toNanos();
    while (responses < requests) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return;
      wait(Math.max(1, left / 1_000_000));
    }
  }

  private void end() throws IOException {
    synchronized (this) {
      ended = true;
      notifyAll();
    }
    try {
      awaitEndAndAnswers();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while answering the last requests");
    }
  }

  private synchronized void counted(boolean request) {
    if (request) requests++;
    else responses++;
    notifyAll();
  }

  /** Splits a byte stream into newline-delimited messages and counts the ones that matter. */
  private final class Lines {
    private final boolean incoming;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Lines(boolean incoming) {
      this.incoming = incoming;
    }

    synchronized void add(int b) {
      if (b != '\n') {
        line.write(b);
        return;
      }
      byte[] message = line.toByteArray();
      line.reset();
      try {
        JsonNode node = mapper.readTree(message);
        if (node == null || !node.has("id")) return;
        if (incoming && node.has("method")) counted(true);
        if (!incoming && !node.has("method")) counted(false);
      } catch (IOException e) {
        // Not JSON: the SDK answers it with a parse error of its own or ignores it; nothing to
        // count.
      }
    }
  }
}
