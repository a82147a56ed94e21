package dev.gongconnector.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BufferTest {

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  private static byte[] written(Bytes bytes, long from, long to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bytes.writeTo(out, from, to);
    return out.toByteArray();
  }

  @Test
  void aLongBodyIsHeldInSegmentsAndReadsBackWhole() throws IOException {
    byte[] data = random(3 * 1024 * 1024 + 123);
    Buffer buffer = new Buffer(4096);
    // uneven writes, as a JSON generator's flushes and single bytes come
    int i = 0;
    while (i < data.length) {
      if (i % 3 == 0) {
        buffer.write(data[i++]);
      } else {
        int n = Math.min(data.length - i, 8000 + i % 777);
        buffer.write(data, i, n);
        i += n;
      }
    }
    Bytes bytes = buffer.toBytes();
    assertThat(bytes.length()).isEqualTo(data.length);
    assertThat(bytes.largestSegment()).isLessThanOrEqualTo(Bytes.MAX_SEGMENT);
    assertThat(bytes.segmentCount()).isGreaterThan(data.length / Bytes.MAX_SEGMENT);
    assertThat(written(bytes, 0, bytes.length())).isEqualTo(data);
  }

  @Test
  void anyRangeAcrossSegmentBoundariesIsTheSameBytes() throws IOException {
    byte[] data = random(300_000);
    Buffer buffer = new Buffer(100);
    buffer.append(data);
    Bytes bytes = buffer.toBytes();
    long[][] ranges = {
      {0, 0},
      {0, 1},
      {0, 100},
      {99, 101},
      {100, 300},
      {150_000, 300_000},
      {0, 150_000},
      {65_435, 65_637},
      {299_999, 300_000},
      {300_000, 300_000}
    };
    for (long[] r : ranges) {
      assertThat(written(bytes, r[0], r[1]))
          .as("[%d, %d)", r[0], r[1])
          .isEqualTo(Arrays.copyOfRange(data, (int) r[0], (int) r[1]));
    }
    assertThatThrownBy(() -> written(bytes, 0, 300_001))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> written(Bytes.of(new byte[0]), 0, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void laterWritesLeaveTakenBytesAlone() throws IOException {
    Buffer buffer = new Buffer(16);
    buffer.append("{\"a\":1}".getBytes());
    Bytes first = buffer.toBytes();
    buffer.append(random(200_000));
    assertThat(new String(written(first, 0, first.length()))).isEqualTo("{\"a\":1}");
    assertThat(buffer.toBytes().length()).isEqualTo(200_007);
  }

  @Test
  void aSmallExpectedSizeIsOneSegmentOfThatSize() {
    Buffer buffer = new Buffer(62_000);
    buffer.append(random(61_000));
    Bytes bytes = buffer.toBytes();
    assertThat(bytes.segmentCount()).isEqualTo(1);
    assertThat(bytes.largestSegment()).isEqualTo(62_000);
    assertThat(new Buffer(10 << 20).toBytes().largestSegment()).isEqualTo(Bytes.MAX_SEGMENT);
  }

  @Test
  void renderMatchesTheOneArrayRendering() throws IOException {
    Json.Body body =
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("sentences");
          for (int i = 0; i < 20_000; i++) {
            g.writeString("sentence " + i + " \u00e9\u4e2d");
          }
          g.writeEndArray();
          g.writeEndObject();
        };
    Bytes rendered = Json.render(body);
    assertThat(rendered.segmentCount()).isGreaterThan(1);
    assertThat(written(rendered, 0, rendered.length())).isEqualTo(Json.bytes(body));
  }
}
