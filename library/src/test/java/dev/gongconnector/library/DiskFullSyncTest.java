package dev.gongconnector.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.SyncCheckpoint;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.library.sync.SyncResult;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up in the middle of a sync: the error says so in words (not Lucene's "IndexWriter
 * is closed"), the store still opens with everything committed before, and a later sync finishes.
 */
class DiskFullSyncTest {

  @TempDir Path store;
  GongSimulator sim;

  @BeforeEach
  void start() {
    sim = GongSimulator.builder().calls(120).seed(11).rateLimitPerSecond(0).dailyLimit(0).start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private GongClient client() {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .requestTimeout(Duration.ofSeconds(60))
        .build();
  }

  @Test
  void aFullDiskIsNamedAndTheStoreKeepsWhatWasCommitted() throws Exception {
    SyncOptions options = SyncOptions.defaults().withFrom(sim.earliestCallStart());
    FillingDisk disk = new FillingDisk(FSDirectory.open(store));
    // The first page (100 calls) is committed, then the disk is full before the second.
    LibraryException e =
        catchThrowableOfType(
            () -> CallLibrary.sync(store, disk, client(), options, p -> disk.fill()),
            LibraryException.class);
    assertThat(e).as("the sync must fail on the full disk").isNotNull();
    assertThat(e.getMessage())
        .contains("disk", "is full", store.toString(), "gong sync")
        .doesNotContain("IndexWriter is closed")
        .doesNotContain("Exception");

    // What was committed is there, the checkpoint says where to resume.
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      assertThat(s.callCount()).isEqualTo(100);
    }
    SyncCheckpoint cp = CallLibrary.checkpoint(store);
    assertThat(cp.pending()).isTrue();

    // Space again: the next sync completes from the checkpoint.
    SyncResult again = CallLibrary.sync(store, client(), options, p -> {});
    assertThat(again.completed()).isTrue();
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      assertThat(s.callCount()).isEqualTo(120);
    }
  }

  @Test
  void aDiskFullBeforeTheFirstCommitIsNamedAndASyncWithSpaceStartsOver() throws Exception {
    FillingDisk disk = new FillingDisk(FSDirectory.open(store));
    disk.fill();
    LibraryException e =
        catchThrowableOfType(
            () ->
                CallLibrary.sync(
                    store,
                    disk,
                    client(),
                    SyncOptions.defaults().withFrom(sim.earliestCallStart()),
                    p -> {}),
            LibraryException.class);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("is full").doesNotContain("IndexWriter is closed");
    // With space, a sync starts over and completes.
    assertThat(
            CallLibrary.sync(
                    store,
                    client(),
                    SyncOptions.defaults().withFrom(sim.earliestCallStart()),
                    p -> {})
                .completed())
        .isTrue();
  }
}
