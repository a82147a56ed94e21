package dev.gongconnector.library.sync;

import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.library.LibraryCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the newest (or oldest) calls of a range from Gong with what the library indexes (content,
 * parties, CRM names) and their transcripts, mapped as a sync maps them: what a search answered
 * from the API indexes in memory. Costs about ceil(M/100) + 2 requests for the calls plus
 * ceil(M/100) for the transcripts.
 */
public final class RecentCalls {

  /**
   * What was read.
   *
   * @param data Gong's extensive data of each call, in the order asked
   * @param calls the same calls as the library sees them (calls without id or start left out)
   * @param read the range's total, whether it was cut off and what it covers
   * @param requests requests made (calls and transcripts)
   */
  public record Fetched(
      List<CallData> data, List<LibraryCall> calls, Collected<CallData> read, int requests) {}

  private RecentCalls() {}

  /**
   * Reads at most {@code max} calls of {@code request}'s range (its selector must include what
   * {@link GongCallSource#SELECTOR} does), with transcripts when {@code withTranscripts}.
   */
  public static Fetched fetch(
      GongClient client, ExtensiveRequest request, int max, Order order, boolean withTranscripts) {
    Collected<CallData> read = client.calls().collectExtensive(request, max, order);
    List<String> ids = new ArrayList<>();
    read.items().forEach(d -> ids.add(d.id()));
    Map<String, CallTranscript> transcripts = new HashMap<>();
    int requests = read.requests();
    if (withTranscripts && !ids.isEmpty()) {
      client.calls().transcriptsFor(ids).forEach(t -> transcripts.put(t.callId(), t));
      requests += (ids.size() + 99) / 100;
    }
    List<LibraryCall> calls = new ArrayList<>();
    for (CallData d : read.items()) {
      LibraryCall call = CallMapper.toLibraryCall(d, transcripts.get(d.id()));
      if (call != null) calls.add(call);
    }
    return new Fetched(read.items(), calls, read, requests);
  }
}
