package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gongconnector.client.calls.AddCallResult;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.Direction;
import dev.gongconnector.client.calls.MediaUpload;
import dev.gongconnector.client.calls.MediaUploadResult;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.NewCallRequest;
import dev.gongconnector.client.users.User;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding calls (idempotent by clientUniqueId) and uploading media. */
class AddCallTest {

  static GongSimulator sim;
  static GongClient gong;
  static User host;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(20).start();
    gong = SimTestSupport.client(sim).build();
    host = SimTestSupport.activeUser(gong);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  private static NewCallRequest.Builder call(String uniqueId, String userId) {
    return NewCallRequest.builder(
            uniqueId, OffsetDateTime.parse("2026-10-20T09:30:00-07:00"), Direction.OUTBOUND, userId)
        .party(NewCallParty.user(userId, null, "Host").withMediaChannelId(0))
        .party(
            NewCallParty.external("Prospect", "p@example.com", "+1 555 0100").withMediaChannelId(1))
        .title("Discovery with Example Corp")
        .purpose("Demo")
        .duration(125.8)
        .disposition("Interested");
  }

  @Test
  void addsACallThatCanThenBeRead() {
    String uid = "pbx-" + UUID.randomUUID();
    AddCallResult r = gong.calls().add(call(uid, host.id()).build());
    assertThat(r.alreadyExisted()).isFalse();
    assertThat(r.callId()).matches("\\d+");
    assertThat(r.requestId()).isNotBlank();
    Call c = gong.calls().get(r.callId());
    assertThat(c.clientUniqueId()).isEqualTo(uid);
    assertThat(c.title()).isEqualTo("Discovery with Example Corp");
    assertThat(c.primaryUserId()).isEqualTo(host.id());
  }

  @Test
  void addingTheSameClientUniqueIdAgainReturnsTheExistingCall() {
    String uid = "pbx-" + UUID.randomUUID();
    AddCallResult first = gong.calls().add(call(uid, host.id()).build());
    AddCallResult again = gong.calls().add(call(uid, host.id()).build());
    assertThat(again.alreadyExisted()).isTrue();
    assertThat(again.callId()).isEqualTo(first.callId());
  }

  @Test
  void retryAfterADroppedAnswerDoesNotCreateASecondCall() {
    String uid = "pbx-" + UUID.randomUUID();
    // Gong creates the call, then the connection dies mid-answer; the retry meets the duplicate
    // check.
    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/calls"));
    AddCallResult r = gong.calls().add(call(uid, host.id()).build());
    assertThat(r.alreadyExisted()).isTrue();
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(2);
    List<Call> withUid =
        gong.calls()
            .list(
                CallListRequest.of(
                    OffsetDateTime.parse("2026-10-19T00:00:00Z"),
                    OffsetDateTime.parse("2026-10-22T00:00:00Z")))
            .filter(c -> uid.equals(c.clientUniqueId()))
            .toList();
    assertThat(withUid).hasSize(1);
    assertThat(withUid.get(0).id()).isEqualTo(r.callId());
  }

  @Test
  void dropBeforeGongSawItIsRetriedAndCreatesOnce() {
    String uid = "pbx-" + UUID.randomUUID();
    sim.faults().enqueue(Fault.drop().onPath("/v2/calls"), Fault.status(500).onPath("/v2/calls"));
    AddCallResult r = gong.calls().add(call(uid, host.id()).build());
    assertThat(r.alreadyExisted()).isFalse();
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(3);
  }

  @Test
  void inactivePrimaryUserIsAConflictNotAnExistingCall() {
    User inactive =
        gong.users().list().filter(u -> Boolean.FALSE.equals(u.active())).findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        inactive != null, "the generated company has an inactive user");
    ConflictException e =
        catchThrowableOfType(
            () -> gong.calls().add(call("pbx-" + UUID.randomUUID(), inactive.id()).build()),
            ConflictException.class);
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(1);
  }

  @Test
  void invalidCallsAreRefusedBeforeSendingNamingTheField() {
    assertThatThrownBy(
            () -> NewCallRequest.builder("u", OffsetDateTime.now(), Direction.INBOUND, "1").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("parties:");
    assertThatThrownBy(
            () ->
                NewCallRequest.builder("u", OffsetDateTime.now(), Direction.INBOUND, "1")
                    .party(NewCallParty.user("2", null, "x"))
                    .build())
        .hasMessageContaining("primaryUser");
    assertThatThrownBy(
            () -> NewCallRequest.builder(" ", OffsetDateTime.now(), Direction.INBOUND, "1").build())
        .satisfies(
            e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("clientUniqueId"));
    assertThatThrownBy(() -> call("u", "1").purpose("x".repeat(256)).build())
        .hasMessageContaining("purpose")
        .hasMessageContaining("255");
    assertThatThrownBy(() -> call("u", "1").downloadMediaUrl("not a url").build())
        .hasMessageContaining("downloadMediaUrl");
    assertThatThrownBy(() -> NewCallParty.user("1", null, null).withMediaChannelId(2))
        .hasMessageContaining("mediaChannelId");
    assertThatThrownBy(() -> Direction.parse("sideways")).hasMessageContaining("direction");
    assertThat(Direction.parse("outbound")).isEqualTo(Direction.OUTBOUND);
    assertThat(sim.requestCount()).isZero();
  }

  @Test
  void gongRefusalNamesTheField() {
    // An unknown primary user passes our checks; the local Gong refuses it with a 400 naming the
    // field.
    InvalidRequestException e =
        catchThrowableOfType(
            () -> gong.calls().add(call("pbx-" + UUID.randomUUID(), "987654321987654321").build()),
            InvalidRequestException.class);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.field()).isEqualTo("primaryUser");
  }

  @Test
  void uploadsAFileStreamedWithProgressAndRetriesIt(@TempDir Path dir) throws Exception {
    String callId = gong.calls().add(call("pbx-" + UUID.randomUUID(), host.id()).build()).callId();
    Path file = dir.resolve("call.mp3");
    byte[] bytes = new byte[300_000];
    new java.util.Random(1).nextBytes(bytes);
    Files.write(file, bytes);
    AtomicLong last = new AtomicLong();
    sim.faults().enqueue(Fault.status(500).onPath("/v2/calls/" + callId + "/media"));
    MediaUploadResult r =
        gong.calls()
            .uploadMedia(
                callId, MediaUpload.ofFile(file).withProgress((sent, total) -> last.set(sent)));
    assertThat(r.callId()).isEqualTo(callId);
    assertThat(r.url()).contains(callId);
    assertThat(last.get()).isEqualTo(bytes.length);
    assertThat(sim.requestCount("/v2/calls/" + callId + "/media")).isEqualTo(2);
  }

  @Test
  void aStreamIsSentOnceAndNotRetried() {
    String callId = gong.calls().add(call("pbx-" + UUID.randomUUID(), host.id()).build()).callId();
    byte[] bytes = new byte[50_000];
    assertThat(
            gong.calls()
                .uploadMedia(callId, new ByteArrayInputStream(bytes), bytes.length, "a.wav")
                .callId())
        .isEqualTo(callId);
    sim.faults().enqueue(Fault.status(500).onPath("/v2/calls/" + callId + "/media"));
    assertThatThrownBy(
            () ->
                gong.calls()
                    .uploadMedia(callId, new ByteArrayInputStream(bytes), bytes.length, "a.wav"))
        .isInstanceOf(ServerException.class);
    assertThat(sim.requestCount("/v2/calls/" + callId + "/media")).isEqualTo(2);
    assertThatThrownBy(
            () ->
                MediaUpload.ofStream(
                    new ByteArrayInputStream(bytes), MediaUpload.MAX_BYTES + 1, "x"))
        .hasMessageContaining("1.5 GB");
  }

  @Test
  void uploadToUnknownCallIsNotFound() {
    byte[] bytes = new byte[10];
    assertThatThrownBy(
            () ->
                gong.calls()
                    .uploadMedia("123456789012", new ByteArrayInputStream(bytes), 10, "a.wav"))
        .isInstanceOf(NotFoundException.class);
  }
}
