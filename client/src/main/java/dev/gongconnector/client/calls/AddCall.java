package dev.gongconnector.client.calls;

import dev.gongconnector.client.ConflictException;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.MalformedResponseException;
import dev.gongconnector.client.internal.AddCallEnvelope;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.ClientLog;
import dev.gongconnector.client.internal.Transport;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v2/calls} made idempotent by {@code clientUniqueId}.
 *
 * <p>A retry after a dropped connection may reach Gong after the first attempt created the call;
 * Gong then refuses the duplicate. Status and message of that refusal are unconfirmed: we take a
 * 409 whose message mentions the call existing already (or the clientUniqueId) as "already exists",
 * read a call id from the message when it carries one, else look the call up by {@code
 * clientUniqueId} in a window of a day around {@code actualStart}. Other 409s ("recording is not
 * enabled for the primary user") stay errors.
 */
final class AddCall {

  private static final System.Logger LOG = ClientLog.get();
  private static final Pattern LABELLED_ID = Pattern.compile("(?i)call\\s*_?id\\W{0,5}(\\d{1,20})");
  private static final Pattern BARE_ID = Pattern.compile("\\b(\\d{6,20})\\b");

  private final Transport transport;
  private final CallsService calls;

  AddCall(Transport transport, CallsService calls) {
    this.transport = transport;
    this.calls = calls;
  }

  AddCallResult add(NewCallRequest request) {
    byte[] body = Bodies.bytes(request);
    try {
      // Retryable: clientUniqueId makes a repeated POST safe (Gong refuses the duplicate).
      AddCallEnvelope e =
          transport.send(ApiRequest.postJson("/v2/calls", body, true), AddCallEnvelope.class);
      if (e.callId() == null || e.callId().isBlank()) {
        throw new MalformedResponseException(
            200,
            e.requestId(),
            List.of(),
            "Gong accepted the call (requestId " + e.requestId() + ") but sent no callId",
            null);
      }
      return new AddCallResult(e.callId(), e.requestId(), false);
    } catch (ConflictException e) {
      if (!isAlreadyExists(e, request.clientUniqueId())) {
        throw e;
      }
      Optional<String> id = idFromMessage(e, request.clientUniqueId());
      GongException lookupFailure = null;
      if (id.isEmpty()) {
        try {
          id = lookUp(request);
        } catch (GongException le) {
          lookupFailure = le;
        }
      }
      if (id.isEmpty()) {
        ConflictException c =
            new ConflictException(
                e.status(),
                e.requestId(),
                e.errors(),
                e.getMessage()
                    + " (a call with clientUniqueId '"
                    + request.clientUniqueId()
                    + "' exists, but it could not be"
                    + " found by listing calls around actualStart "
                    + request.actualStart()
                    + (lookupFailure == null ? "" : ": " + lookupFailure.getMessage())
                    + ")",
                e);
        if (lookupFailure != null) {
          c.addSuppressed(lookupFailure);
        }
        throw c;
      }
      LOG.log(
          Level.DEBUG, "POST /v2/calls: clientUniqueId already known to Gong; existing call used");
      return new AddCallResult(id.get(), e.requestId(), true);
    }
  }

  static boolean isAlreadyExists(GongException e, String clientUniqueId) {
    for (String m : e.errors()) {
      String s = m.toLowerCase(Locale.ROOT);
      if (s.contains("already")
          || s.contains("exist")
          || s.contains("duplicate")
          || s.contains("clientuniqueid")
          || m.contains(clientUniqueId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call id in Gong's message: "callId 123" first, else a long digit run that is not the
   * clientUniqueId.
   */
  static Optional<String> idFromMessage(GongException e, String clientUniqueId) {
    for (String m : e.errors()) {
      String text = m.replace(clientUniqueId, " ");
      Matcher labelled = LABELLED_ID.matcher(text);
      if (labelled.find()) {
        return Optional.of(labelled.group(1));
      }
      Matcher bare = BARE_ID.matcher(text);
      if (bare.find()) {
        return Optional.of(bare.group(1));
      }
    }
    return Optional.empty();
  }

  private Optional<String> lookUp(NewCallRequest r) {
    // GET /v2/calls compares the actual start for uploaded calls; a day either side covers offsets.
    CallListRequest window =
        CallListRequest.of(r.actualStart().minusDays(1), r.actualStart().plusDays(1))
            .withWorkspaceId(r.workspaceId());
    return calls
        .list(window)
        .filter(c -> r.clientUniqueId().equals(c.clientUniqueId()))
        .map(Call::id)
        .findFirst();
  }
}
