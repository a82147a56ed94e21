package dev.gongconnector.kafka.metrics;

import dev.gongconnector.kafka.quota.DailyBudget;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Counters of one task, registered as {@code
 * dev.gongconnector.kafka:type=source-task,connector=..,task=..}.
 */
public final class GongTaskMetrics implements GongTaskMetricsMBean {

  private static final System.Logger LOG = System.getLogger(GongTaskMetrics.class.getName());

  private final AtomicLong callRecords = new AtomicLong();
  private final AtomicLong transcriptRecords = new AtomicLong();
  private final AtomicLong userRecords = new AtomicLong();
  private final AtomicLong callRequests = new AtomicLong();
  private final AtomicLong transcriptRequests = new AtomicLong();
  private final AtomicLong userRequests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final DailyBudget budget;
  private final BooleanSupplier paused;
  private ObjectName name;

  public GongTaskMetrics(DailyBudget budget, BooleanSupplier paused) {
    this.budget = budget;
    this.paused = paused;
  }

  public static ObjectName objectName(String connector, int task) throws JMException {
    return new ObjectName(
        "dev.gongconnector.kafka:type=source-task,connector="
            + ObjectName.quote(connector)
            + ",task="
            + task);
  }

  /** Registers (replacing a leftover of an earlier instance of the same task). */
  public void register(String connector, int task) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName n = objectName(connector, task);
      if (server.isRegistered(n)) server.unregisterMBean(n);
      server.registerMBean(this, n);
      name = n;
    } catch (JMException e) {
      LOG.log(System.Logger.Level.WARNING, "JMX metrics not registered: " + e);
    }
  }

  public void unregister() {
    if (name == null) return;
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    } catch (JMException e) {
      // already gone: nothing to do
    }
    name = null;
  }

  public void records(String stream, long n) {
    counter(stream, callRecords, transcriptRecords, userRecords).addAndGet(n);
  }

  public void request(String stream) {
    counter(stream, callRequests, transcriptRequests, userRequests).incrementAndGet();
  }

  public void rateLimited() {
    rateLimited.incrementAndGet();
  }

  public void failed() {
    failed.incrementAndGet();
  }

  private static AtomicLong counter(
      String stream, AtomicLong calls, AtomicLong transcripts, AtomicLong users) {
    return switch (stream) {
      case "calls" -> calls;
      case "transcripts" -> transcripts;
      case "users" -> users;
      default -> throw new IllegalArgumentException("stream " + stream);
    };
  }

  @Override
  public long getCallRecords() {
    return callRecords.get();
  }

  @Override
  public long getTranscriptRecords() {
    return transcriptRecords.get();
  }

  @Override
  public long getUserRecords() {
    return userRecords.get();
  }

  @Override
  public long getCallRequests() {
    return callRequests.get();
  }

  @Override
  public long getTranscriptRequests() {
    return transcriptRequests.get();
  }

  @Override
  public long getUserRequests() {
    return userRequests.get();
  }

  @Override
  public long getRateLimitedResponses() {
    return rateLimited.get();
  }

  @Override
  public long getFailedRequests() {
    return failed.get();
  }

  @Override
  public long getDailyBudgetLeft() {
    return budget.left();
  }

  @Override
  public boolean isPausedForQuota() {
    return paused.getAsBoolean();
  }
}
