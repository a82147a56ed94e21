package dev.gongconnector.kafka.streams;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.users.User;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.kafka.offsets.SyncPosition;
import dev.gongconnector.kafka.prefetch.FetchedPage;
import dev.gongconnector.kafka.prefetch.FollowUps;
import dev.gongconnector.kafka.quota.GongGateway;
import dev.gongconnector.kafka.schema.UserSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The company's users ({@code GET /v2/users}, 100 a page), read in full every interval: Gong has no
 * change feed for users, and a full read costs one request per 100 users. Company-wide, so one task
 * reads them.
 */
public final class UsersUnit implements SyncUnit {

  private final GongClient client;
  private final GongGateway gateway;
  private final GongTaskMetrics metrics;
  private final String topic;
  private final Duration interval;
  private final Map<String, String> partition;
  private volatile SyncPosition position;
  private volatile Instant dueAt;

  public UsersUnit(
      GongClient client,
      GongGateway gateway,
      GongTaskMetrics metrics,
      String topic,
      Duration interval,
      Map<String, String> partition,
      SyncPosition position) {
    this.client = client;
    this.gateway = gateway;
    this.metrics = metrics;
    this.topic = topic;
    this.interval = interval;
    this.partition = partition;
    this.position = position;
    // syncedThrough is when the last full read started: the next is due one interval later.
    this.dueAt =
        position.inWindow() || position.syncedThrough() == null
            ? Instant.EPOCH
            : position.syncedThrough().plus(interval);
  }

  @Override
  public Instant dueAt() {
    return dueAt;
  }

  @Override
  public String describe() {
    return "users at " + position;
  }

  @Override
  public FetchedPage fetch(Instant now, FollowUps followUps) {
    SyncPosition before = position.inWindow() ? position : position.startWindow(now, now);
    Page<User> page;
    try {
      page = gateway.send("users", () -> client.users().listPage(false, before.cursor()));
    } catch (InvalidRequestException e) {
      if (before.cursor() == null) throw e;
      position = before.startWindow(now, now); // cursor refused (expired?): read them all again
      return null;
    }
    SyncPosition after = page.hasNext() ? before.nextPage(page.cursor(), null) : before.completed();
    List<User> users = page.records();
    List<SourceRecord> out = new ArrayList<>(users.size());
    for (int i = 0; i < users.size(); i++) {
      User u = users.get(i);
      Map<String, ?> offset = (i == users.size() - 1 ? after : before).toMap();
      out.add(
          new SourceRecord(
              partition,
              offset,
              topic,
              null,
              Schema.STRING_SCHEMA,
              u.id(),
              UserSchema.VALUE,
              UserSchema.toStruct(u)));
    }
    metrics.records("users", users.size());
    position = after;
    if (!after.inWindow()) dueAt = before.windowStart().plus(interval);
    return FetchedPage.ready(out);
  }
}
