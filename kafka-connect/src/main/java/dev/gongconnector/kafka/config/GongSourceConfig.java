package dev.gongconnector.kafka.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The connector's configuration: one {@link ConfigDef} with documented keys, validators and groups.
 */
public final class GongSourceConfig extends AbstractConfig {

  public static final String BASE_URL = "gong.base.url";
  public static final String ACCESS_KEY = "gong.access.key";
  public static final String ACCESS_KEY_SECRET = "gong.access.key.secret";
  public static final String WORKSPACES = "gong.workspaces";
  public static final String STREAMS = "streams";
  public static final String TOPIC_CALLS = "topic.calls";
  public static final String TOPIC_TRANSCRIPTS = "topic.transcripts";
  public static final String TOPIC_USERS = "topic.users";
  public static final String SYNC_FROM = "sync.from";
  public static final String LOOKBACK_MINUTES = "sync.lookback.minutes";
  public static final String POLL_INTERVAL_MS = "sync.interval.ms";
  public static final String USERS_INTERVAL_MS = "users.interval.ms";
  public static final String RATE_PER_SECOND = "quota.requests.per.second";
  public static final String RATE_MARGIN_MS = "quota.margin.ms";
  public static final String CONNECTOR_SLOT_EVERY = "quota.connector.slot.every";
  public static final String DAILY_BUDGET = "quota.daily.budget";
  public static final String PAUSE_RECHECK_MS = "quota.pause.recheck.ms";
  public static final String REQUEST_TIMEOUT_MS = "gong.request.timeout.ms";
  public static final String READ_AT_ONCE = "read.workspaces.at.once";

  /**
   * Default {@link #RATE_MARGIN_MS}: 30 ms, 97.1% of the rate. With it one company's backfill
   * reaches 95.4% of Gong's 300 records/s, with 40 ms 94.5-94.8% (the reserved slot and the partial
   * pages cost the rest). On loopback, what happened after the gate used 6-7 ms of it for one
   * company and up to 27 ms with four companies' tasks and local Gongs on 2 cores, without a 429
   * (kafka-connect README, Benchmark). What Gong's network adds is unknown: the 429 metric says
   * when to raise it.
   */
  public static final long DEFAULT_MARGIN_MS = 30;

  public static final List<String> ALL_STREAMS = List.of("calls", "transcripts", "users");

  private static final String GROUP_GONG = "Gong";
  private static final String GROUP_STREAMS = "Streams";
  private static final String GROUP_QUOTA = "Quota";

  public static final ConfigDef CONFIG_DEF = define();

  private static ConfigDef define() {
    ConfigDef d = new ConfigDef();
    int g = 0;
    d.define(
        BASE_URL,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        new ConfigDef.NonEmptyString(),
        Importance.HIGH,
        "Your company's Gong API base URL, as shown next to the access key (e.g. https://us-12345.api.gong.io); "
            + "with or without /v2.",
        GROUP_GONG,
        ++g,
        ConfigDef.Width.LONG,
        "Gong base URL");
    d.define(
        ACCESS_KEY,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        new ConfigDef.NonEmptyString(),
        Importance.HIGH,
        "The Gong API access key.",
        GROUP_GONG,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Access key");
    d.define(
        ACCESS_KEY_SECRET,
        Type.PASSWORD,
        ConfigDef.NO_DEFAULT_VALUE,
        Importance.HIGH,
        "The access key secret; masked in the REST API and logs. Works with config providers, "
            + "e.g. ${file:/etc/gong.properties:secret}.",
        GROUP_GONG,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Secret");
    d.define(
        WORKSPACES,
        Type.LIST,
        "",
        Importance.MEDIUM,
        "Workspace ids to read; empty = every workspace of the company (listed once when the connector starts).",
        GROUP_GONG,
        ++g,
        ConfigDef.Width.LONG,
        "Workspaces");
    d.define(
        REQUEST_TIMEOUT_MS,
        Type.LONG,
        60_000L,
        ConfigDef.Range.atLeast(1000),
        Importance.LOW,
        "Timeout of one Gong request.",
        GROUP_GONG,
        ++g,
        ConfigDef.Width.SHORT,
        "Request timeout");
    g = 0;
    d.define(
        STREAMS,
        Type.LIST,
        String.join(",", ALL_STREAMS),
        ConfigDef.ValidList.in(ALL_STREAMS.toArray(new String[0])),
        Importance.MEDIUM,
        "Streams to read: calls (extensive data), transcripts (one record per call), users.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Streams");
    d.define(
        TOPIC_CALLS,
        Type.STRING,
        "gong.calls",
        new ConfigDef.NonEmptyString(),
        Importance.MEDIUM,
        "Topic of the calls stream.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Calls topic");
    d.define(
        TOPIC_TRANSCRIPTS,
        Type.STRING,
        "gong.transcripts",
        new ConfigDef.NonEmptyString(),
        Importance.MEDIUM,
        "Topic of the transcripts stream.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Transcripts topic");
    d.define(
        TOPIC_USERS,
        Type.STRING,
        "gong.users",
        new ConfigDef.NonEmptyString(),
        Importance.MEDIUM,
        "Topic of the users stream.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Users topic");
    d.define(
        SYNC_FROM,
        Type.STRING,
        "",
        new SyncFromValidator(),
        Importance.MEDIUM,
        "Where the first sync starts: an ISO date (2025-01-01, UTC) or instant; empty = 90 days ago.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.MEDIUM,
        "Sync from");
    d.define(
        LOOKBACK_MINUTES,
        Type.LONG,
        2 * 24 * 60L,
        ConfigDef.Range.atLeast(0),
        Importance.MEDIUM,
        "Each incremental run re-reads this many minutes before the last synced time: Gong lists calls and "
            + "finishes their content late (how late is unconfirmed). Default 2 days, like the local library.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.SHORT,
        "Lookback (min)");
    d.define(
        POLL_INTERVAL_MS,
        Type.LONG,
        300_000L,
        ConfigDef.Range.atLeast(100),
        Importance.MEDIUM,
        "Pause between the end of one incremental run and the next.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.SHORT,
        "Sync interval");
    d.define(
        USERS_INTERVAL_MS,
        Type.LONG,
        6 * 3_600_000L,
        ConfigDef.Range.atLeast(100),
        Importance.LOW,
        "Pause between two full reads of the users (Gong has no change feed for them).",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.SHORT,
        "Users interval");
    d.define(
        READ_AT_ONCE,
        Type.INT,
        dev.gongconnector.kafka.prefetch.Prefetcher.DEFAULT_AT_ONCE,
        ConfigDef.Range.between(1, 10),
        Importance.LOW,
        "Workspaces a task reads at once, one page each (a workspace's pages follow each other). More "
            + "than one keeps the task's rate slots used while slow answers (Gong's extensive data) are "
            + "on their way; the rate slots, not this, bound the requests per second.",
        GROUP_STREAMS,
        ++g,
        ConfigDef.Width.SHORT,
        "Workspaces at once");
    g = 0;
    d.define(
        RATE_PER_SECOND,
        Type.INT,
        3,
        ConfigDef.Range.between(1, 100),
        Importance.MEDIUM,
        "The company's request rate (Gong: 3/s per company, not per key). Shared by all tasks of the connector.",
        GROUP_QUOTA,
        ++g,
        ConfigDef.Width.SHORT,
        "Requests/s");
    d.define(
        RATE_MARGIN_MS,
        Type.LONG,
        DEFAULT_MARGIN_MS,
        ConfigDef.Range.between(0, 1000),
        Importance.LOW,
        "Slack added to Gong's one-second window, for clock skew between workers and network jitter "
            + "(30 ms costs 3% of the rate). Raise it (60-100 ms) when the tasks' 429 count (JMX) is "
            + "not zero: a busy worker or a distant network.",
        GROUP_QUOTA,
        ++g,
        ConfigDef.Width.SHORT,
        "Margin (ms)");
    d.define(
        CONNECTOR_SLOT_EVERY,
        Type.INT,
        100,
        ConfigDef.Range.between(2, 10_000),
        Importance.LOW,
        "Every how many rate slots one is kept for the connector's own requests (validate's credential "
            + "check, listing workspaces), so they never add to a second the tasks fill. Costs the tasks "
            + "1/N of the rate; such a request waits up to N slots (100: 1%, up to 35 s at 3/s).",
        GROUP_QUOTA,
        ++g,
        ConfigDef.Width.SHORT,
        "Connector slot every");
    d.define(
        DAILY_BUDGET,
        Type.LONG,
        10_000L,
        ConfigDef.Range.atLeast(0),
        Importance.MEDIUM,
        "Requests per UTC day for this connector (Gong: 10,000 per company; leave room for other tools). "
            + "Split over the tasks; 0 = only Gong's own 429 stops us.",
        GROUP_QUOTA,
        ++g,
        ConfigDef.Width.SHORT,
        "Daily budget");
    d.define(
        PAUSE_RECHECK_MS,
        Type.LONG,
        900_000L,
        ConfigDef.Range.atLeast(100),
        Importance.LOW,
        "While paused by a spent daily quota, try again after this long even before the expected reset "
            + "(Gong's reset time is unconfirmed).",
        GROUP_QUOTA,
        ++g,
        ConfigDef.Width.SHORT,
        "Pause recheck");
    return d;
  }

  public GongSourceConfig(Map<String, String> props) {
    super(CONFIG_DEF, props);
  }

  public String baseUrl() {
    return getString(BASE_URL);
  }

  public String accessKey() {
    return getString(ACCESS_KEY);
  }

  public Password secret() {
    return getPassword(ACCESS_KEY_SECRET);
  }

  public List<String> workspaces() {
    return getList(WORKSPACES);
  }

  public boolean streamEnabled(String stream) {
    return getList(STREAMS).contains(stream);
  }

  public Duration lookback() {
    return Duration.ofMinutes(getLong(LOOKBACK_MINUTES));
  }

  /** The start of the first sync window. */
  public Instant syncFrom(Instant now) {
    return parseFrom(getString(SYNC_FROM), now);
  }

  static Instant parseFrom(String value, Instant now) {
    if (value == null || value.isBlank()) return now.minus(Duration.ofDays(90));
    String v = value.trim();
    try {
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          SYNC_FROM, value, "not an ISO date (2025-01-01) or instant (2025-01-01T00:00:00Z)");
    }
  }

  private static final class SyncFromValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
      parseFrom((String) value, Instant.EPOCH);
    }

    @Override
    public String toString() {
      return "empty, an ISO date or an ISO instant";
    }
  }
}
