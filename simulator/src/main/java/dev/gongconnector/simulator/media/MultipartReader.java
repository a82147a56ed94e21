package dev.gongconnector.simulator.media;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A streaming {@code multipart/form-data} reader: parts are copied to a sink through a 64 KB
 * window, so an upload of any size uses constant memory. Malformed framing raises {@link
 * MalformedException}.
 */
final class MultipartReader {

  /** The body is not valid multipart. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /** The part grew beyond the allowed size. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("part too large");
    }
  }

  private static final int MAX_HEADER_BYTES = 16 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int lim;
  private boolean done;

  MultipartReader(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // Pretend the body starts with CRLF so the first boundary looks like every other delimiter.
    buf[0] = '\r';
    buf[1] = '\n';
    lim = 2;
  }

  /** Skips the preamble; false when the body holds no part at all. */
  boolean start() throws IOException {
    copyUntilDelimiter(OutputStream.nullOutputStream(), Long.MAX_VALUE);
    return afterDelimiter();
  }

  /**
   * Reads the headers of the next part and returns its form field name (or null when it has none).
   */
  String nextPartName() throws IOException {
    String name = null;
    int total = 0;
    while (true) {
      String line = readLine();
      total += line.length() + 2;
      if (total > MAX_HEADER_BYTES) {
        throw new MalformedException("part headers too large");
      }
      if (line.isEmpty()) {
        return name;
      }
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon)
              .strip()
              .toLowerCase(Locale.ROOT)
              .equals("content-disposition")) {
        name = param(line.substring(colon + 1), "name");
      }
    }
  }

  /**
   * Copies the current part's body to {@code out}; returns its size. Then positions after the
   * delimiter.
   */
  long copyPart(OutputStream out, long maxBytes) throws IOException {
    return copyUntilDelimiter(out, maxBytes);
  }

  /** After a part: true when another part follows, false at the closing delimiter. */
  boolean afterDelimiter() throws IOException {
    ensure(2);
    byte a = buf[pos];
    byte b = buf[pos + 1];
    pos += 2;
    if (a == '-' && b == '-') {
      done = true;
      return false;
    }
    if (a == '\r' && b == '\n') {
      return true;
    }
    throw new MalformedException("bad multipart delimiter");
  }

  boolean done() {
    return done;
  }

  private long copyUntilDelimiter(OutputStream out, long maxBytes) throws IOException {
    long copied = 0;
    while (true) {
      int idx = indexOf(buf, pos, lim, delimiter);
      int end = idx >= 0 ? idx : Math.max(pos, lim - (delimiter.length - 1));
      int n = end - pos;
      if (n > 0) {
        copied += n;
        if (copied > maxBytes) {
          throw new TooLargeException();
        }
        out.write(buf, pos, n);
        pos = end;
      }
      if (idx >= 0) {
        pos += delimiter.length;
        return copied;
      }
      if (!fill()) {
        throw new MalformedException("body ended before the closing multipart boundary");
      }
    }
  }

  private String readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      ensure(2);
      if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
        pos += 2;
        return sb.toString();
      }
      sb.append((char) (buf[pos++] & 0xff));
      if (sb.length() > MAX_HEADER_BYTES) {
        throw new MalformedException("part header line too long");
      }
    }
  }

  private void ensure(int n) throws IOException {
    while (lim - pos < n) {
      if (!fill()) {
        throw new EOFException("unexpected end of multipart body");
      }
    }
  }

  /** Compacts the window and reads more; false at end of stream. */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      throw new MalformedException("multipart window overflow");
    }
    int r = in.read(buf, lim, buf.length - lim);
    if (r < 0) {
      return false;
    }
    lim += r;
    return true;
  }

  static int indexOf(byte[] hay, int from, int to, byte[] needle) {
    byte first = needle[0];
    int last = to - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (hay[i] != first) {
        continue;
      }
      for (int k = 1; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * A parameter of a header value such as {@code form-data; name="mediaFile"; filename="a.mp3"}.
   */
  static String param(String headerValue, String name) {
    for (String part : headerValue.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(name)) {
        String v = p.substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }
}
