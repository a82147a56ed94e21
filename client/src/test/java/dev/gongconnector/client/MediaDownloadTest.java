package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.media.MediaDownloadRequest;
import dev.gongconnector.client.media.MediaDownloadResult;
import dev.gongconnector.client.media.MediaKind;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloading recordings from the local Gong's media host: streamed, resumable, no credentials. */
class MediaDownloadTest {

  static GongSimulator sim;
  static GongClient gong;
  static String audioOnly;
  static String video;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(40).start();
    gong = SimTestSupport.client(sim).build();
    for (CallData d :
        gong.calls()
            .extensive(
                ExtensiveRequest.builder()
                    .fromDateTime(SimTestSupport.from())
                    .toDateTime(SimTestSupport.to())
                    .contentSelector(
                        ContentSelector.builder().include(ContentSelector.Field.MEDIA).build())
                    .build())
            .toList()) {
      if (d.media().videoUrl() == null && audioOnly == null) {
        audioOnly = d.id();
      }
      if (d.media().videoUrl() != null && video == null) {
        video = d.id();
      }
    }
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  MediaDownloadResult download(String callId, Path out, MediaKind kind, int attempts) {
    return gong.media()
        .download(
            MediaDownloadRequest.builder(callId, out).kind(kind).maxAttempts(attempts).build());
  }

  @Test
  void downloadsTheWholeFileWithProgress() throws Exception {
    Path out = dir.resolve("call.mp4");
    long before = sim.mediaRequestCount();
    List<long[]> progress = new ArrayList<>();
    MediaDownloadResult r =
        gong.media()
            .download(
                MediaDownloadRequest.builder(video, out)
                    .kind(MediaKind.VIDEO)
                    .progress((done, total) -> progress.add(new long[] {done, total}))
                    .build());
    assertThat(r.bytes()).isEqualTo(Files.size(out)).isPositive();
    assertThat(r.contentType()).isEqualTo("video/mp4");
    assertThat(r.resumedFrom()).isZero();
    assertThat(progress.get(progress.size() - 1)).containsExactly(r.bytes(), r.bytes());
    assertThat(progress.size()).isGreaterThan(2);
    assertThat(dir.resolve("call.mp4.part")).doesNotExist();
    // the media host answers 400 to a request carrying an Authorization header: none was sent
    assertThat(sim.mediaRequestCount() - before).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionResumesWithRange() throws Exception {
    Path whole = dir.resolve("whole.mp3");
    long size = download(audioOnly, whole, MediaKind.AUDIO, 1).bytes();
    long served = sim.mediaBytesServed();
    sim.faults().enqueue(Fault.dropMidBody().onPath("/audio/*"));
    Path out = dir.resolve("resumed.mp3");
    MediaDownloadResult r = download(audioOnly, out, MediaKind.AUDIO, 3);
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole));
    assertThat(sim.mediaBytesServed() - served).isLessThan(size + size / 2 + 1);
  }

  @Test
  void anInterruptedRunIsResumedByTheNextOne() throws Exception {
    Path out = dir.resolve("later.mp3");
    sim.faults().enqueue(Fault.dropMidBody().onPath("/audio/*"));
    assertThatThrownBy(() -> download(audioOnly, out, MediaKind.AUDIO, 1))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("resume");
    Path part = dir.resolve("later.mp3.part");
    long partial = Files.size(part);
    assertThat(partial).isPositive();
    assertThat(out).doesNotExist();
    MediaDownloadResult r = download(audioOnly, out, MediaKind.AUDIO, 1);
    assertThat(r.resumedFrom()).isEqualTo(partial);
    Path fresh = dir.resolve("fresh.mp3");
    download(audioOnly, fresh, MediaKind.AUDIO, 1);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(fresh));
  }

  @Test
  void refusesToOverwriteUnlessAsked() throws Exception {
    Path out = dir.resolve("mine.txt");
    Files.writeString(out, "precious");
    assertThatThrownBy(() -> download(audioOnly, out, MediaKind.AUDIO, 1))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("already exists");
    assertThat(Files.readString(out)).isEqualTo("precious");
    Files.writeString(dir.resolve("other.mp3.part"), "someone else's");
    assertThatThrownBy(() -> download(audioOnly, dir.resolve("other.mp3"), MediaKind.AUDIO, 1))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("not a partial download");
    MediaDownloadResult r =
        gong.media().download(MediaDownloadRequest.builder(audioOnly, out).overwrite(true).build());
    assertThat(Files.size(out)).isEqualTo(r.bytes());
  }

  @Test
  void unknownCallOrMissingVideoIsNotFound() {
    assertThatThrownBy(
            () -> download("1234567890123456789", dir.resolve("x.mp3"), MediaKind.AUDIO, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> download(audioOnly, dir.resolve("x.mp4"), MediaKind.VIDEO, 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no video");
  }
}
