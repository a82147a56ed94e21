package dev.gongconnector.simulator.media;

import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Ids;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a generated recording: a deterministic pseudo-random stream of a size that follows
 * the call's duration (audio ~32 kbit/s, video ~200 kbit/s), starting with the file type's magic
 * bytes. Any range can be produced without the bytes before it, so Range requests cost nothing.
 */
final class MediaBytes {

  static final int AUDIO_BYTES_PER_SECOND = 4_000;
  static final int VIDEO_BYTES_PER_SECOND = 25_000;

  private static final byte[] MP3_MAGIC =
      "ID3\u0004\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] MP4_MAGIC =
      "\u0000\u0000\u0000\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1);

  private final long key;
  private final long size;
  private final byte[] magic;

  MediaBytes(long seed, SimCall call, boolean video) {
    this.key = Ids.mix(seed ^ call.id() ^ (video ? 0x5A5A5A5AL : 0x3C3C3C3CL));
    this.size =
        (long) Math.max(1, call.duration())
            * (video ? VIDEO_BYTES_PER_SECOND : AUDIO_BYTES_PER_SECOND);
    this.magic = video ? MP4_MAGIC : MP3_MAGIC;
  }

  long size() {
    return size;
  }

  /** A strong validator for If-Range: the content never changes for a call. */
  String etag() {
    return "\"" + Long.toHexString(key) + "-" + Long.toHexString(size) + "\"";
  }

  /** Fills {@code buf[0..n)} with the bytes at {@code offset..offset+n)}. */
  void read(long offset, byte[] buf, int n) {
    for (int i = 0; i < n; i++) {
      long pos = offset + i;
      if (pos < magic.length) {
        buf[i] = magic[(int) pos];
      } else {
        buf[i] = (byte) (Ids.mix(key + (pos >>> 3)) >>> ((pos & 7) * 8));
      }
    }
  }
}
