package dev.gongconnector.kafka.streams;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.kafka.offsets.SyncPosition;
import dev.gongconnector.kafka.prefetch.FetchedPage;
import dev.gongconnector.kafka.prefetch.FollowUps;
import dev.gongconnector.kafka.quota.GongGateway;
import dev.gongconnector.kafka.schema.CallSchema;
import dev.gongconnector.kafka.schema.TranscriptSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * A workspace's calls (extensive data) and transcripts: one {@code POST /v2/calls/extensive} page
 * of 100 calls, then {@code POST /v2/calls/transcript} for their ids, packed 100 a request with
 * other pages' ids (see {@link FollowUps#byIds}): a workspace's last, partial page costs an
 * extensive request of its own (the offsets are per workspace), not a transcript request too.
 * Windows are incremental like the local library's: [last synced end - lookback, now).
 */
public final class CallsUnit implements SyncUnit {

  /** What the calls stream asks of each call (public for the simulator's CPU benchmark). */
  public static final ContentSelector SELECTOR =
      ContentSelector.builder()
          .include(
              Field.PARTIES,
              Field.BRIEF,
              Field.TOPICS,
              Field.TRACKERS,
              Field.KEY_POINTS,
              Field.SPEAKERS,
              Field.PERSON_INTERACTION_STATS)
          .build();

  /** What it needs from the task. */
  public record Settings(
      String calls, String transcripts, Instant syncFrom, Duration lookback, Duration interval) {}

  private final GongClient client;
  private final GongGateway gateway;
  private final GongTaskMetrics metrics;
  private final Settings settings;
  private final String workspace;
  private final Map<String, String> callsPartition;
  private final Map<String, String> transcriptsPartition;
  private volatile SyncPosition position;
  private volatile Instant dueAt = Instant.EPOCH;

  public CallsUnit(
      GongClient client,
      GongGateway gateway,
      GongTaskMetrics metrics,
      Settings settings,
      String workspace,
      Map<String, String> callsPartition,
      Map<String, String> transcriptsPartition,
      SyncPosition position) {
    this.client = client;
    this.gateway = gateway;
    this.metrics = metrics;
    this.settings = settings;
    this.workspace = workspace;
    this.callsPartition = callsPartition;
    this.transcriptsPartition = transcriptsPartition;
    this.position = position;
  }

  @Override
  public Instant dueAt() {
    return dueAt;
  }

  @Override
  public String describe() {
    return "calls of workspace " + (workspace == null ? "(all)" : workspace) + " at " + position;
  }

  @Override
  public FetchedPage fetch(Instant now, FollowUps followUps) {
    SyncPosition before = position.inWindow() ? position : newWindow(now);
    ExtensiveRequest request =
        ExtensiveRequest.builder()
            .fromDateTime(before.requestFrom())
            .toDateTime(before.windowEnd())
            .workspaceId(workspace)
            .contentSelector(SELECTOR)
            .build();
    Page<CallData> page;
    try {
      page = gateway.send("calls", () -> client.calls().extensivePage(request, before.cursor()));
    } catch (InvalidRequestException e) {
      if (before.cursor() == null) throw e;
      // Gong refused the cursor (expired, about an hour; unconfirmed): restart the request without
      // it.
      position = before.restartWithoutCursor();
      return null;
    }
    List<CallData> calls = page.records().stream().filter(d -> d.metaData() != null).toList();
    Instant lastStarted =
        calls.isEmpty() || calls.get(calls.size() - 1).metaData().started() == null
            ? null
            : calls.get(calls.size() - 1).metaData().started().toInstant();
    SyncPosition after =
        page.hasNext() ? before.nextPage(page.cursor(), lastStarted) : before.completed();
    // The transcripts go out in a later slot on the follow-up thread; the next page's calls
    // meanwhile.
    Future<List<CallTranscript>> transcripts =
        transcriptsPartition == null || calls.isEmpty()
            ? CompletableFuture.completedFuture(List.of())
            : followUps.byIds(
                "transcripts of " + describe(),
                calls.stream().map(d -> d.metaData().id()).toList(),
                // Gets up to 100 ids, from this page and others (see FollowUps.byIds).
                ids -> gateway.send("transcripts", () -> client.calls().transcriptsFor(ids)));
    position = after;
    if (!after.inWindow()) dueAt = now.plus(settings.interval());
    return maxWaitMs -> records(calls, transcripts, before, after, maxWaitMs);
  }

  /** The page's records once its transcripts are in (null while they are not). */
  private List<SourceRecord> records(
      List<CallData> calls,
      Future<List<CallTranscript>> pending,
      SyncPosition before,
      SyncPosition after,
      long maxWaitMs)
      throws InterruptedException {
    Map<String, CallTranscript> transcripts = new HashMap<>();
    try {
      for (CallTranscript t : pending.get(maxWaitMs, TimeUnit.MILLISECONDS)) {
        transcripts.put(t.callId(), t);
      }
    } catch (TimeoutException | CancellationException e) {
      return null; // still in flight, or the task is stopping
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      return null; // interrupted: the task is stopping
    }
    List<SourceRecord> out = new ArrayList<>(calls.size() * 2);
    Map<String, ?> beforeMap = before.toMap();
    Map<String, ?> afterMap = after.toMap();
    for (int i = 0; i < calls.size(); i++) {
      CallData d = calls.get(i);
      Map<String, ?> offset = i == calls.size() - 1 ? afterMap : beforeMap;
      String id = d.metaData().id();
      if (callsPartition != null) {
        out.add(
            new SourceRecord(
                callsPartition,
                offset,
                settings.calls(),
                null,
                Schema.STRING_SCHEMA,
                id,
                CallSchema.VALUE,
                CallSchema.toStruct(d)));
      }
      if (transcriptsPartition != null) {
        // Without a transcript (none yet, or Gong sent none): no sentences.
        CallTranscript t = transcripts.get(id);
        out.add(
            new SourceRecord(
                transcriptsPartition,
                offset,
                settings.transcripts(),
                null,
                Schema.STRING_SCHEMA,
                id,
                TranscriptSchema.VALUE,
                TranscriptSchema.toStruct(d.metaData(), t, d.parties())));
      }
    }
    if (callsPartition != null) metrics.records("calls", calls.size());
    if (transcriptsPartition != null) metrics.records("transcripts", calls.size());
    return out;
  }

  private SyncPosition newWindow(Instant now) {
    Instant start =
        position.syncedThrough() == null
            ? settings.syncFrom()
            : position.syncedThrough().minus(settings.lookback());
    // The end is fixed now, so the request stays the same across its pages, as Gong requires.
    return position.startWindow(start, now);
  }

  /** The position after the last page read (for tests and logs). */
  public SyncPosition position() {
    return position;
  }
}
