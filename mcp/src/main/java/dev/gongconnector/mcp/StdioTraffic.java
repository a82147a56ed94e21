package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The stdio front door in front of the SDK's transport: reads stdin line by line, lets only
 * well-formed JSON-RPC messages through ({@link JsonRpcLine}) and answers the others itself, so
 * that one bad line never silences the server. It also counts the requests let through and the
 * responses written, so that the server stops only after answering what it already read when stdin
 * ends (a script that pipes its requests in and closes stdin must still get every answer).
 */
final class StdioTraffic {

  /** Longest line accepted (the SDK's own limit, 16 Mi characters, ends its reading for good). */
  static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final ObjectMapper mapper;
  private final JsonRpcLine judge;
  private final Duration drain;
  private final Object writeLock = new Object();
  private OutputStream out;
  private long requests;
  private long responses;
  private boolean ended;

  /** {@code drain}: how long to wait for the answers once stdin has ended. */
  StdioTraffic(ObjectMapper mapper, Duration drain) {
    this.mapper = mapper;
    this.judge = new JsonRpcLine(mapper);
    this.drain = drain;
  }

  /**
   * {@code in} as the SDK should see it: only the messages it accepts, one per line. At the end of
   * {@code in} the reader is held until the answers are out: the SDK drops the requests still
   * running when it sees the end of input.
   */
  InputStream watch(InputStream stdin) {
    InputStream in = new BufferedInputStream(stdin);
    return new InputStream() {
      private byte[] current = new byte[0];
      private int position;

      @Override
      public int read() throws IOException {
        if (!fill()) return -1;
        return current[position++] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
      }

      /** Makes a forwarded line available; false at the end of input. */
      private boolean fill() throws IOException {
        while (position >= current.length) {
          String next = nextForwarded(in);
          if (next == null) return false;
          current = (next + "\n").getBytes(StandardCharsets.UTF_8);
          position = 0;
        }
        return true;
      }
    };
  }

  /** Reads lines until one is to be forwarded; answers or skips the others; null at the end. */
  private String nextForwarded(InputStream in) throws IOException {
    while (true) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (line.size() < MAX_LINE_BYTES) line.write(b);
        else tooLong = true;
      }
      if (b < 0 && line.size() == 0) {
        end();
        return null;
      }
      byte[] bytes = line.toByteArray();
      int length = bytes.length;
      if (length > 0 && bytes[length - 1] == '\r') length--;
      JsonRpcLine.Verdict verdict = judge.judge(bytes, length, tooLong);
      if (verdict.answer() != null) writeLine(verdict.answer());
      if (verdict.forward() != null) {
        if (verdict.request()) counted(true);
        return verdict.forward();
      }
      if (b < 0) {
        end();
        return null;
      }
    }
  }

  /**
   * {@code out} for the SDK: each line is written whole under one lock (the SDK writes a message
   * and its newline separately, and this class answers bad lines from the reading thread), and the
   * responses (messages with an id and no method) are counted.
   */
  OutputStream watch(OutputStream target) {
    synchronized (writeLock) {
      this.out = target;
    }
    return new OutputStream() {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      @Override
      public synchronized void write(int b) throws IOException {
        if (b != '\n') {
          line.write(b);
          return;
        }
        byte[] message = line.toByteArray();
        line.reset();
        writeRaw(message);
        countResponse(message);
      }

      @Override
      public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) write(b[off + i]);
      }

      @Override
      public void flush() throws IOException {
        synchronized (writeLock) {
          target.flush();
        }
      }
    };
  }

  private void writeLine(String message) throws IOException {
    writeRaw(message.getBytes(StandardCharsets.UTF_8));
  }

  private void writeRaw(byte[] message) throws IOException {
    synchronized (writeLock) {
      if (out == null) return;
      out.write(message);
      out.write('\n');
      out.flush();
    }
  }

  private void countResponse(byte[] message) {
    try {
      JsonNode node = mapper.readTree(message);
      if (node != null && node.has("id") && !node.has("method")) counted(false);
    } catch (IOException e) {
      // The SDK writes only JSON; nothing to count otherwise.
    }
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
      throw new InterruptedIOException("interrupted while answering the last requests");
    }
  }

  private synchronized void counted(boolean request) {
    if (request) requests++;
    else responses++;
    notifyAll();
  }
}
