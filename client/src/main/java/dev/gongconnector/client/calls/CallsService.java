package dev.gongconnector.client.calls;

import dev.gongconnector.client.Collected;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Batches;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.BoundedCollection;
import dev.gongconnector.client.internal.CallEnvelope;
import dev.gongconnector.client.internal.CallsEnvelope;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.ExtensiveEnvelope;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.TranscriptsEnvelope;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Gong's call endpoints: add a call and upload its media, list and get calls, extensive data and
 * transcripts. Obtain it from {@code GongClient.calls()}. Thread-safe.
 *
 * <p>List methods return lazy streams that fetch the next page only when consumed; an empty range
 * (Gong's 404 "No calls found corresponding to the provided filters") is an empty stream. The
 * {@code ...Page} methods give one page and its cursor for callers that checkpoint.
 */
public final class CallsService {

  private final Transport transport;
  private final AddCall addCall;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public CallsService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
    this.addCall = new AddCall(transport, this);
  }

  /**
   * Adds a call ({@code POST /v2/calls}). Idempotent by {@code clientUniqueId}: when Gong says the
   * call already exists (e.g. after a retry following a dropped connection) the result has {@code
   * alreadyExisted() == true} and the existing call id.
   *
   * @param request what to ask for
   * @return the call Gong added, or the existing one
   */
  public AddCallResult add(NewCallRequest request) {
    return addCall.add(request);
  }

  /**
   * Uploads a recording file to a call ({@code PUT /v2/calls/{id}/media}), streamed; retried on
   * failure.
   *
   * @param callId a Gong call id
   * @param file the local file
   * @return what Gong answered
   */
  public MediaUploadResult uploadMedia(String callId, Path file) {
    return uploadMedia(callId, MediaUpload.ofFile(file));
  }

  /**
   * Uploads exactly {@code length} bytes of a stream as a call's recording; sent once, never
   * retried.
   *
   * @param callId a Gong call id
   * @param length the size in bytes
   * @param in the recording, read once
   * @return what Gong answered
   */
  public MediaUploadResult uploadMedia(String callId, InputStream in, long length) {
    return uploadMedia(callId, MediaUpload.ofStream(in, length, null));
  }

  /**
   * Uploads {@code length} bytes of a stream as a call's recording; sent once, never retried.
   *
   * @param callId a Gong call id
   * @param length the size in bytes
   * @param fileName the file name sent to Gong
   * @param in the recording, read once
   * @return what Gong answered
   */
  public MediaUploadResult uploadMedia(
      String callId, InputStream in, long length, String fileName) {
    return uploadMedia(callId, MediaUpload.ofStream(in, length, fileName));
  }

  /**
   * Uploads a recording ({@code multipart/form-data}, part {@code mediaFile}), streamed, up to 1.5
   * GB.
   *
   * @param callId a Gong call id
   * @param media the media to upload
   * @return what Gong answered
   */
  public MediaUploadResult uploadMedia(String callId, MediaUpload media) {
    return new UploadMedia(transport).upload(callId, media);
  }

  /**
   * {@return all calls of the range, fetched lazily page by page ({@code GET /v2/calls})}
   *
   * @param request what to ask for
   */
  public Stream<Call> list(CallListRequest request) {
    Objects.requireNonNull(request, "request");
    return Paging.stream(cursor -> listPage(request, cursor), Call::started);
  }

  /**
   * At most {@code max} calls from one end of the range: with {@link Order#NEWEST_FIRST} the most
   * recent ones, fetched by walking the range backward in windows (Gong lists only oldest first),
   * at a cost of about {@code ceil(max/100) + 2} requests whatever the size of the range.
   *
   * @param request the range (and workspace)
   * @param max how many calls to return at most (>= 1)
   * @param order which end of the range to keep, and the order of the items
   * @return the calls, the range's total, whether it was cut off and the part of the range covered
   */
  public Collected<Call> collect(CallListRequest request, int max, Order order) {
    Objects.requireNonNull(request, "request");
    return BoundedCollection.collect(
        (from, to, cursor) -> listPage(request.withRange(from, to), cursor),
        Call::started,
        Call::id,
        request.fromDateTime(),
        request.toDateTime(),
        max,
        Objects.requireNonNull(order, "order"));
  }

  /**
   * At most {@code max} calls' extensive data from one end of the request's date range, as {@link
   * #collect(CallListRequest, int, Order)} does for the list. The request needs {@code
   * fromDateTime} (an open start cannot be walked backward); a missing {@code toDateTime} means
   * now. With {@code callIds} every matching call is fetched (at most 100 per request), then
   * ordered and cut.
   *
   * @param request what to ask for
   * @param max the most to return
   * @param order which calls come first
   * @return the calls read, and whether more were left
   */
  public Collected<CallData> collectExtensive(ExtensiveRequest request, int max, Order order) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(order, "order");
    if (request.callIds() != null && !request.callIds().isEmpty()) {
      // The stream keeps every filter of the request (range, workspace, hosts), 100 ids a batch.
      List<CallData> all;
      try (Stream<CallData> s = extensive(request)) {
        all = s.toList();
      }
      return BoundedCollection.ofAll(
          all,
          CallsService::startOf,
          CallData::id,
          max,
          order,
          Batches.chunks(request.callIds(), Batches.MAX_IDS).size());
    }
    // An open start is read from 1970 (Gong's earliest accepted date is unconfirmed; any call is
    // later). The window sizes come from the first page's calls, not from this bound.
    OffsetDateTime from =
        request.fromDateTime() != null
            ? request.fromDateTime()
            : OffsetDateTime.ofInstant(java.time.Instant.EPOCH, ZoneOffset.UTC);
    OffsetDateTime to =
        request.toDateTime() != null
            ? request.toDateTime()
            : OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    return BoundedCollection.collect(
        (since, until, cursor) -> extensivePage(request.withDateRange(since, until), cursor),
        CallsService::startOf,
        CallData::id,
        from,
        to,
        max,
        order);
  }

  private static OffsetDateTime startOf(CallData d) {
    return d.metaData() == null ? null : d.metaData().started();
  }

  /**
   * {@return one page of calls; {@code cursor} null for the first page. An empty range is an empty
   * last page}
   *
   * @param request what to ask for
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<Call> listPage(CallListRequest request, String cursor) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("fromDateTime", Bodies.iso(request.fromDateTime()));
    q.put("toDateTime", Bodies.iso(request.toDateTime()));
    q.put("workspaceId", request.workspaceId());
    q.put("cursor", cursor);
    try {
      CallsEnvelope e =
          transport.send(ApiRequest.get(Bodies.query("/v2/calls", q)), CallsEnvelope.class);
      return Pages.of(e.calls(), e.records(), e.requestId());
    } catch (NotFoundException e) {
      return emptyRange(
          e, cursor); // Gong: 404 "No calls found corresponding to the provided filters"
    }
  }

  /**
   * {@return one call by id ({@code GET /v2/calls/{id}}); {@link NotFoundException} when Gong does
   * not know it}
   *
   * @param callId a Gong call id
   */
  public Call get(String callId) {
    String id = Check.required(callId, "callId");
    CallEnvelope e =
        transport.send(ApiRequest.get("/v2/calls/" + Bodies.segment(id)), CallEnvelope.class);
    if (e.call() == null) {
      throw new NotFoundException(
          404, e.requestId(), List.of(), "Gong returned no call for id " + id, null);
    }
    return e.call();
  }

  /**
   * {@return extensive data of all matching calls, lazily ({@code POST /v2/calls/extensive}). More
   * than 100 call ids are fetched 100 per request, one batch after another, in input order of the
   * batches}
   *
   * @param request what to ask for
   */
  public Stream<CallData> extensive(ExtensiveRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.callIds() != null && request.callIds().size() > Batches.MAX_IDS) {
      return Batches.chunks(request.callIds(), Batches.MAX_IDS).stream()
          .flatMap(ids -> extensive(request.withCallIds(ids)));
    }
    return Paging.stream(
        cursor -> extensivePage(request, cursor),
        d -> d.metaData() == null ? null : d.metaData().started());
  }

  /**
   * {@return one page of extensive data (at most 100 call ids in the request); the cursor goes in
   * the body}
   *
   * @param request what to ask for
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<CallData> extensivePage(ExtensiveRequest request, String cursor) {
    checkBatch(request.callIds());
    try {
      ExtensiveEnvelope e =
          transport.send(
              ApiRequest.postJson("/v2/calls/extensive", Bodies.extensive(request, cursor), true),
              ExtensiveEnvelope.class);
      return Pages.of(e.calls(), e.records(), e.requestId());
    } catch (NotFoundException e) {
      return emptyRange(e, cursor);
    }
  }

  /**
   * {@return extensive data of many calls, 100 ids per request, several requests in parallel (under
   * the shared rate limit), returned in the order of {@code callIds}; calls Gong does not return
   * are left out}
   *
   * @param callIds Gong call ids
   * @param selector which blocks of each call Gong returns
   */
  public List<CallData> extensiveFor(Collection<String> callIds, ContentSelector selector) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    ExtensiveRequest base = ExtensiveRequest.forCallIds(callIds, selector);
    return Batches.fetchInOrder(
        base.callIds(),
        transport.config().batchConcurrency(),
        ids -> extensive(base.withCallIds(ids)).toList(),
        CallData::id);
  }

  /**
   * {@return transcripts of all matching calls, lazily ({@code POST /v2/calls/transcript}). More
   * than 100 call ids are fetched 100 per request}
   *
   * @param request what to ask for
   */
  public Stream<CallTranscript> transcripts(TranscriptRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.callIds() != null && request.callIds().size() > Batches.MAX_IDS) {
      return Batches.chunks(request.callIds(), Batches.MAX_IDS).stream()
          .flatMap(ids -> transcripts(request.withCallIds(ids)));
    }
    return Paging.stream(cursor -> transcriptsPage(request, cursor), null);
  }

  /**
   * {@return one page of transcripts (at most 100 call ids in the request); the cursor goes in the
   * body}
   *
   * @param request what to ask for
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<CallTranscript> transcriptsPage(TranscriptRequest request, String cursor) {
    checkBatch(request.callIds());
    try {
      TranscriptsEnvelope e =
          transport.send(
              ApiRequest.postJson("/v2/calls/transcript", Bodies.transcript(request, cursor), true),
              TranscriptsEnvelope.class);
      return Pages.of(e.callTranscripts(), e.records(), e.requestId());
    } catch (NotFoundException e) {
      return emptyRange(e, cursor);
    }
  }

  /**
   * {@return transcripts of many calls, 100 ids per request, several in parallel under the shared
   * rate limit, in the order of {@code callIds}; calls without a transcript are left out}
   *
   * @param callIds Gong call ids
   */
  public List<CallTranscript> transcriptsFor(Collection<String> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    TranscriptRequest base = TranscriptRequest.forCallIds(callIds);
    return Batches.fetchInOrder(
        base.callIds(),
        transport.config().batchConcurrency(),
        ids -> transcripts(base.withCallIds(ids)).toList(),
        CallTranscript::callId);
  }

  /**
   * A 404 on the first page means an empty range (also what a key that sees no call gets,
   * unconfirmed). On a later page it is not "no more records": rethrow rather than end the range
   * early and quietly.
   */
  static <T> Page<T> emptyRange(NotFoundException e, String cursor) {
    if (cursor != null) {
      throw e;
    }
    return Page.empty(e.requestId());
  }

  private static void checkBatch(List<String> ids) {
    if (ids != null && ids.size() > Batches.MAX_IDS) {
      throw InvalidRequestException.ofField(
          "filter.callIds",
          "has "
              + ids.size()
              + " ids; a single page request takes at most "
              + Batches.MAX_IDS
              + " (use the stream or ...For methods, which batch)");
    }
  }
}
