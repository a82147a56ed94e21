package dev.gongconnector.library.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.calls.Tracker;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.index.LibraryIndex;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a synced library matches, checked against what the local Gong serves over HTTP: a tracker
 * finds exactly the calls where it fired, an account name exactly the calls linked to it.
 */
class WhatIsIndexedTest {

  @TempDir static Path store;
  static GongSimulator sim;
  static GongClient gong;
  static List<CallData> served;

  @BeforeAll
  static void sync() {
    sim = GongSimulator.builder().calls(150).seed(11).rateLimitPerSecond(0).dailyLimit(0).start();
    gong =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .requestTimeout(Duration.ofSeconds(20))
            .build();
    CallLibrary.sync(
        store, gong, SyncOptions.defaults().withFrom(sim.earliestCallStart()), p -> {});
    served =
        gong.calls()
            .extensive(
                ExtensiveRequest.builder()
                    .fromDateTime(sim.earliestCallStart())
                    .contentSelector(ContentSelector.all())
                    .build())
            .toList();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static Set<String> search(String query) {
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      return s.search(SearchRequest.builder(query).limit(1000).build()).hits().stream()
          .map(SearchHit::callId)
          .collect(Collectors.toSet());
    }
  }

  @Test
  void aTrackerFindsExactlyTheCallsWhereItFired() {
    Map<String, Set<String>> fired = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (CallData d : served) {
      for (Tracker t : d.content().trackers()) {
        names.add(t.name());
        if (t.count() != null && t.count() > 0) {
          fired.computeIfAbsent(t.name(), k -> new HashSet<>()).add(d.id());
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(3);
    for (String name : names) {
      Set<String> expected = fired.getOrDefault(name, Set.of());
      assertThat(expected).as(name).hasSizeLessThan(served.size());
      assertThat(search("trackers:\"" + name + "\"")).as(name).isEqualTo(expected);
    }
  }

  @Test
  void anAccountNameFindsTheCallsLinkedToItAndSaysSo() {
    Map<String, Set<String>> byAccount = new HashMap<>();
    for (CallData d : served) {
      d.context().stream()
          .flatMap(c -> c.objects().stream())
          .filter(o -> "Account".equals(o.objectType()))
          .flatMap(o -> o.fields().stream())
          .filter(f -> "Name".equals(f.name()))
          .forEach(
              f -> byAccount.computeIfAbsent((String) f.value(), k -> new HashSet<>()).add(d.id()));
    }
    assertThat(byAccount).isNotEmpty();
    byAccount.forEach(
        (account, calls) -> {
          // A phrase also finds a longer name that contains it ("Acme" finds "Acme Labs").
          Set<String> containing = new HashSet<>();
          byAccount.forEach(
              (other, ids) -> {
                if ((" " + other + " ").contains(" " + account + " ")) containing.addAll(ids);
              });
          assertThat(search("account:\"" + account + "\"")).as(account).isEqualTo(containing);
          assertThat(search("\"" + account + "\"")).as(account).containsAll(calls);
        });
    String some = byAccount.keySet().iterator().next();
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      SearchHit hit = s.search(SearchRequest.builder("\"" + some + "\"").build()).hits().get(0);
      assertThat(hit.matchedFields()).contains("account");
    }
  }

  @Test
  void aStoreOfTheOldFormatIsRefusedBySearchAndRebuiltBySync(@TempDir Path old) {
    try (LibraryIndex index = LibraryIndex.open(old)) {
      index.commit(Map.of("gong.sync.version", "1"));
    }
    assertThatThrownBy(() -> LibrarySearcher.open(old))
        .isInstanceOf(LibraryException.class)
        .hasMessageContaining("older version")
        .hasMessageContaining("gong sync");
    assertThat(CallLibrary.checkpoint(old)).isEqualTo(SyncCheckpoint.EMPTY);
    CallLibrary.sync(old, gong, SyncOptions.defaults().withFrom(sim.earliestCallStart()), p -> {});
    try (LibrarySearcher s = LibrarySearcher.open(old)) {
      assertThat(s.callCount()).isEqualTo(served.size());
    }
  }
}
