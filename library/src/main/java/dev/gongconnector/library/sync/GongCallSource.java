package dev.gongconnector.library.sync;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.library.LibraryCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads calls from Gong: one {@code POST /v2/calls/extensive} page (parties and the searchable
 * content), then {@code POST /v2/calls/transcript} for that page's call ids (at most 100, so one
 * request when the transcripts fit one page). Two requests per 100 calls: the minimum Gong's API
 * allows.
 */
public final class GongCallSource implements CallSource {

  /** What the library indexes: parties for speaker names, and the content Gong computed. */
  public static final ContentSelector SELECTOR =
      ContentSelector.builder()
          .include(
              Field.PARTIES,
              Field.BRIEF,
              Field.TOPICS,
              Field.TRACKERS,
              Field.KEY_POINTS,
              Field.OUTLINE,
              Field.HIGHLIGHTS)
          // Extended context carries the CRM objects' fields: account and opportunity names.
          .context(ContextLevel.EXTENDED)
          .build();

  private final GongClient client;
  private long base;
  private long last;
  private long carried;

  public GongCallSource(GongClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.base = client.requestsToday();
    this.last = base;
  }

  @Override
  public SourcePage page(Instant from, Instant to, String workspaceId, String cursor) {
    ExtensiveRequest request =
        ExtensiveRequest.builder()
            .fromDateTime(from)
            .toDateTime(to)
            .workspaceId(workspaceId)
            .contentSelector(SELECTOR)
            .build();
    Page<CallData> page = client.calls().extensivePage(request, cursor);
    return new SourcePage(withTranscripts(page.records()), page.cursor(), page.totalRecords());
  }

  @Override
  public List<LibraryCall> calls(List<String> callIds) {
    if (callIds.isEmpty()) return List.of();
    return withTranscripts(client.calls().extensiveFor(callIds, SELECTOR));
  }

  private List<LibraryCall> withTranscripts(List<CallData> data) {
    List<String> ids = new ArrayList<>();
    for (CallData d : data) if (d.id() != null) ids.add(d.id());
    Map<String, CallTranscript> transcripts = new HashMap<>();
    for (CallTranscript t : client.calls().transcriptsFor(ids)) transcripts.put(t.callId(), t);
    List<LibraryCall> calls = new ArrayList<>(ids.size());
    for (CallData d : data) {
      LibraryCall call = CallMapper.toLibraryCall(d, transcripts.get(d.id()));
      if (call != null) calls.add(call);
    }
    return calls;
  }

  /**
   * Requests this client (and its variants) sent since this source was made, across UTC midnight
   * too.
   */
  @Override
  public synchronized long requestsUsed() {
    long now = client.requestsToday();
    if (now < last) { // the client's day counter reset at UTC midnight
      carried += last - base;
      base = 0;
    }
    last = now;
    return carried + now - base;
  }
}
