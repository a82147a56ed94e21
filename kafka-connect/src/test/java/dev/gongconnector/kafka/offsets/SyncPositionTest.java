package dev.gongconnector.kafka.offsets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncPositionTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  void survivesTheOffsetMapRoundTrip() {
    SyncPosition p = SyncPosition.NEW.startWindow(T0, T1).nextPage("cur", T0.plusSeconds(60));
    assertThat(SyncPosition.fromMap(p.toMap())).isEqualTo(p);
    assertThat(SyncPosition.fromMap(null)).isEqualTo(SyncPosition.NEW);
  }

  @Test
  void aRefusedCursorRestartsFromTheFirstUndeliveredCall() {
    SyncPosition p = SyncPosition.NEW.startWindow(T0, T1).nextPage("cur", T0.plusSeconds(60));
    SyncPosition r = p.restartWithoutCursor();
    assertThat(r.cursor()).isNull();
    assertThat(r.requestFrom()).isEqualTo(T0.plusSeconds(60));
    assertThat(r.windowEnd()).isEqualTo(T1);
  }

  @Test
  void theEarlierOfTwoStreamsWins() {
    SyncPosition done = SyncPosition.NEW.startWindow(T0, T1).completed();
    SyncPosition midWindow =
        done.startWindow(T1, T1.plusSeconds(99)).nextPage("c", T1.plusSeconds(5));
    assertThat(SyncPosition.earlier(done, midWindow)).isEqualTo(midWindow);
    SyncPosition behind = SyncPosition.NEW.startWindow(T0, T1).nextPage("c", T0.plusSeconds(1));
    SyncPosition ahead = SyncPosition.NEW.startWindow(T0, T1).nextPage("d", T0.plusSeconds(9));
    assertThat(SyncPosition.earlier(ahead, behind)).isEqualTo(behind);
    assertThat(SyncPosition.earlier(SyncPosition.NEW, done)).isEqualTo(SyncPosition.NEW);
  }
}
