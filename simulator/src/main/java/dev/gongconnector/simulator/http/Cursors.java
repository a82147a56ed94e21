package dev.gongconnector.simulator.http;

import dev.gongconnector.simulator.company.Ids;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Opaque, signed page cursors: {@code base64url(payload).base64url(signature)}, the payload being
 * {@code kind|page|a|b|issuedMillis}. It holds the next page number and a position (for calls:
 * start time and id of the last record served), never an offset, so records added between pages are
 * neither lost nor repeated.
 *
 * <p>A cursor that does not decode, has a bad signature or was made for another listing is a 400
 * naming {@code cursor}. Gong expires cursors about an hour after the first page (unconfirmed); the
 * simulator does too after {@code ttl} (zero = never), with a 400 that says so.
 */
public final class Cursors {

  /**
   * A decoded cursor: which listing, the next page number, a position (a, b) and when the sequence
   * began.
   */
  public record Cursor(String kind, int page, long a, long b, long issuedMillis) {}

  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();

  private final long key;
  private final Clock clock;
  private final Duration ttl;

  public Cursors(long seed, Clock clock, Duration ttl) {
    this.key = Ids.mix(seed ^ 0x2545F4914F6CDD1DL);
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Encodes a cursor for the page after this one. */
  public String encode(Cursor c) {
    String payload = c.kind() + "|" + c.page() + "|" + c.a() + "|" + c.b() + "|" + c.issuedMillis();
    byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
    return ENC.encodeToString(bytes) + "." + ENC.encodeToString(longBytes(sign(bytes)));
  }

  /** The issue time for a new cursor sequence that starts now. */
  public long now() {
    return clock.millis();
  }

  /** As {@link #decode}, null for no cursor (the first page). */
  public Cursor decodeIfAny(String cursor, String kind) {
    return cursor == null ? null : decode(cursor, kind);
  }

  /** Decodes a cursor of listing {@code kind}, or throws a 400 naming {@code cursor}. */
  public Cursor decode(String cursor, String kind) {
    Cursor c = tryDecode(cursor);
    if (c == null || !c.kind().equals(kind)) {
      throw ApiException.badRequest(
          "cursor: invalid cursor '"
              + shorten(cursor)
              + "'; pass back the cursor of"
              + " the previous page unchanged, with the same request inputs");
    }
    if (!ttl.isZero() && clock.millis() - c.issuedMillis() > ttl.toMillis()) {
      throw ApiException.badRequest(
          "cursor: the cursor has expired; restart the listing without a cursor");
    }
    return c;
  }

  private Cursor tryDecode(String cursor) {
    if (cursor == null || cursor.length() > 512) {
      return null;
    }
    int dot = cursor.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    try {
      byte[] payload = DEC.decode(cursor.substring(0, dot));
      byte[] sig = DEC.decode(cursor.substring(dot + 1));
      if (sig.length != 8 || !java.security.MessageDigest.isEqual(sig, longBytes(sign(payload)))) {
        return null;
      }
      String[] f = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
      if (f.length != 5) {
        return null;
      }
      return new Cursor(
          f[0],
          Integer.parseInt(f[1]),
          Long.parseLong(f[2]),
          Long.parseLong(f[3]),
          Long.parseLong(f[4]));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private long sign(byte[] payload) {
    long h = key;
    for (byte b : payload) {
      h = Ids.mix(h ^ (b & 0xff) ^ (h << 8));
    }
    return h;
  }

  private static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }
}
