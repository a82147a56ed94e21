package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * All calls: the generated ones as compact sorted arrays (id, start, host) whose details are
 * regenerated on demand, plus calls added over the API in a concurrent sorted map. Listings merge
 * both in {@link CallKey} order, so a cursor (a key) stays valid while calls are added.
 */
public final class CallStore {

  /** Days back from the anchor over which generated calls spread. */
  public static final int SPAN_DAYS = 182;

  private final Company company;
  private final CallGenerator generator;
  private final TrackerMatcher trackers;
  private final RecentConversations conversations = new RecentConversations();
  private final long[] ids;
  private final long[] starts;
  private final int[] hosts;
  private final Map<Long, Integer> positionById;
  private final Map<String, int[]> positionsByWorkspace = new HashMap<>();
  private final BasicJsonCache jsonCache;
  private final ConcurrentSkipListMap<CallKey, AddedCall> added = new ConcurrentSkipListMap<>();
  private final Map<Long, AddedCall> addedById = new ConcurrentHashMap<>();
  private final Map<String, AddedCall> addedByClientUniqueId = new ConcurrentHashMap<>();
  private volatile MediaLinks mediaLinks;

  /** Generates the index of {@code count} calls. */
  public CallStore(Company company, int count) {
    this.company = company;
    this.generator = new CallGenerator(company);
    this.trackers = new TrackerMatcher(company.seed());
    List<User> hostList = company.hosts();
    long[] rawIds = new long[count];
    long[] rawStarts = new long[count];
    int[] rawHosts = new int[count];
    SplittableRandom rng = Ids.rng(company.seed(), 2);
    LocalDate anchorDay = LocalDate.ofInstant(company.anchor(), ZoneOffset.UTC);
    for (int i = 0; i < count; i++) {
      int h = pickHost(hostList, rng);
      User host = hostList.get(h);
      LocalDate day;
      do {
        day = anchorDay.minusDays(1 + rng.nextInt(SPAN_DAYS));
      } while ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
          && rng.nextInt(100) < 95);
      boolean emea = host.workspaceId().equals(company.workspaces().get(1).id());
      int hour = (emea ? 7 : 14) + rng.nextInt(9);
      int minute = rng.nextInt(100) < 70 ? 15 * rng.nextInt(4) : rng.nextInt(60);
      long start =
          day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
              + hour * 3_600_000L
              + minute * 60_000L
              + rng.nextInt(90) * 1000L;
      rawIds[i] = company.uniqueId(rng);
      rawStarts[i] = start;
      rawHosts[i] = h;
    }
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> rawStarts[i]).thenComparingLong(i -> rawIds[i]));
    ids = new long[count];
    starts = new long[count];
    hosts = new int[count];
    positionById = new HashMap<>(count * 2);
    Map<String, List<Integer>> byWs = new HashMap<>();
    for (int p = 0; p < count; p++) {
      int i = order[p];
      ids[p] = rawIds[i];
      starts[p] = rawStarts[i];
      hosts[p] = rawHosts[i];
      positionById.put(ids[p], p);
      byWs.computeIfAbsent(hostList.get(hosts[p]).workspaceId(), k -> new ArrayList<>()).add(p);
    }
    jsonCache = new BasicJsonCache(count);
    for (Map.Entry<String, List<Integer>> e : byWs.entrySet()) {
      positionsByWorkspace.put(
          e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Reps host most calls; weights make some users much busier than others, as in real teams. */
  private static int pickHost(List<User> hostList, SplittableRandom rng) {
    while (true) {
      int h = rng.nextInt(hostList.size());
      int weight =
          hostList.get(h).role() == User.Role.SDR
              ? 100
              : hostList.get(h).role() == User.Role.REP ? 80 : 40;
      if (rng.nextInt(100) < weight) {
        return h;
      }
    }
  }

  public Company company() {
    return company;
  }

  public CallGenerator generator() {
    return generator;
  }

  /**
   * The call's conversation (its transcript, and what its extensive data derives from), asked for
   * {@code use}; callers check {@link #hasTranscript} first.
   */
  Conversation conversation(SimCall call, RecentConversations.Use use) {
    return conversations.get(call, use, c -> ConversationGenerator.generate(c, company));
  }

  /** Whether the recent conversations hold this call's (for tests). */
  boolean holdsConversation(long callId) {
    return conversations.holds(callId);
  }

  /** The company's trackers, ready to match sentences. */
  TrackerMatcher trackers() {
    return trackers;
  }

  /** Where the media URLs of extensive data point (the simulator's media host), once it runs. */
  public void mediaLinks(MediaLinks links) {
    this.mediaLinks = links;
  }

  /** The media URL maker, or null before the media host runs. */
  public MediaLinks mediaLinks() {
    return mediaLinks;
  }

  /** The generated call at sorted position {@code p} (0 .. generatedCount-1, by start time). */
  public SimCall generatedCall(int p) {
    return generatedAt(p);
  }

  /** Number of generated calls. */
  public int generatedCount() {
    return ids.length;
  }

  /** Generated call at sorted position {@code p}. */
  SimCall generatedAt(int p) {
    return generator.generate(ids[p], starts[p], company.hosts().get(hosts[p]));
  }

  /**
   * Appends the {@code CallBasicData} JSON of the i-th call of a page. Generated calls never
   * change, so their JSON comes from a bounded cache; added calls render each time.
   */
  public void writeBasicJson(PageCalls calls, int i, dev.gongconnector.simulator.http.Buffer out) {
    int p = calls.positions[i];
    if (p < 0) {
      out.append(BasicJsonCache.render(calls.added[i]));
    } else {
      jsonCache.write(p, this::generatedAt, out);
    }
  }

  /** The calls of one page; generated calls are materialized only when read. */
  public final class PageCalls extends java.util.AbstractList<SimCall> {
    private final int[] positions;
    private final SimCall[] added;

    private PageCalls(int[] positions, SimCall[] added) {
      this.positions = positions;
      this.added = added;
    }

    @Override
    public SimCall get(int i) {
      return positions[i] >= 0 ? generatedAt(positions[i]) : added[i];
    }

    @Override
    public int size() {
      return positions.length;
    }

    CallKey key(int i) {
      int p = positions[i];
      return p >= 0 ? new CallKey(starts[p], ids[p]) : keyOf(added[i]);
    }
  }

  /** Collects a page. */
  private final class PageBuilder {
    final int[] positions;
    final SimCall[] added;
    int n;

    PageBuilder(int capacity) {
      positions = new int[capacity];
      added = new SimCall[capacity];
    }

    void generated(int p) {
      positions[n++] = p;
    }

    void added(SimCall c) {
      positions[n] = -1;
      added[n++] = c;
    }

    PageCalls build() {
      return new PageCalls(
          java.util.Arrays.copyOf(positions, n), java.util.Arrays.copyOf(added, n));
    }
  }

  /** The call with this id, or null. */
  public SimCall find(String id) {
    long v = parseId(id);
    if (v < 0) {
      return null;
    }
    Integer p = positionById.get(v);
    if (p != null) {
      return generatedAt(p);
    }
    AddedCall a = addedById.get(v);
    return a == null ? null : a.call;
  }

  /**
   * Whether the call's transcript exists (generated calls: when transcribable; added: once media
   * arrived).
   */
  public boolean hasTranscript(SimCall c) {
    if (!c.transcribable()) {
      return false;
    }
    AddedCall a = addedById.get(c.id());
    return a == null || a.mediaArrived;
  }

  /**
   * Whether the call's recording exists (generated calls: always; added: once uploaded or given by
   * downloadMediaUrl). Gong has no media URLs for a call before that.
   */
  public boolean hasMedia(SimCall c) {
    AddedCall a = addedById.get(c.id());
    return a == null || a.mediaArrived;
  }

  private static long parseId(String id) {
    if (id == null || id.isEmpty() || id.length() > 19) {
      return -1;
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One page of a listing. */
  public record PageResult(PageCalls calls, int total, CallKey last, boolean more) {}

  /**
   * The first {@code size} calls matching {@code f} strictly after {@code after} (null: from the
   * start).
   */
  public PageResult page(CallFilter f, CallKey after, int size) {
    if (f.callIds() != null) {
      return pageOfIds(f, after, size);
    }
    int[] view =
        f.workspaceId() == null
            ? null
            : positionsByWorkspace.getOrDefault(f.workspaceId(), new int[0]);
    int viewSize = view == null ? ids.length : view.length;
    int lo = lowerBound(view, viewSize, f.fromMillis(), Long.MIN_VALUE);
    int hi = lowerBound(view, viewSize, f.toMillis(), Long.MIN_VALUE);
    boolean byHost = f.primaryUserIds() != null;
    int total = 0;
    if (lo < hi) {
      if (byHost) {
        for (int k = lo; k < hi; k++) {
          if (f.primaryUserIds().contains(hostId(pos(view, k)))) {
            total++;
          }
        }
      } else {
        total = hi - lo;
      }
    }
    NavigableMap<CallKey, AddedCall> addedRange =
        added.subMap(
            new CallKey(f.fromMillis(), Long.MIN_VALUE),
            true,
            new CallKey(f.toMillis(), Long.MIN_VALUE),
            false);
    for (AddedCall a : addedRange.values()) {
      if (f.matches(a.call)) {
        total++;
      }
    }
    int k =
        after == null
            ? lo
            : Math.max(lo, lowerBound(view, viewSize, after.startMillis(), after.id() + 1));
    NavigableMap<CallKey, AddedCall> addedRest =
        after == null ? addedRange : addedRange.tailMap(after, false);
    var addedIt = addedRest.values().iterator();
    AddedCall nextAdded = nextMatching(addedIt, f);
    PageBuilder out = new PageBuilder(size);
    while (true) {
      while (byHost && k < hi && !f.primaryUserIds().contains(hostId(pos(view, k)))) {
        k++;
      }
      boolean haveGen = k < hi;
      if (!haveGen && nextAdded == null) {
        break;
      }
      if (out.n == size) {
        PageCalls calls = out.build();
        return new PageResult(calls, total, calls.key(size - 1), true);
      }
      boolean takeGen;
      if (!haveGen) {
        takeGen = false;
      } else if (nextAdded == null) {
        takeGen = true;
      } else {
        int p = pos(view, k);
        takeGen = new CallKey(starts[p], ids[p]).compareTo(keyOf(nextAdded.call)) < 0;
      }
      if (takeGen) {
        out.generated(pos(view, k));
        k++;
      } else {
        out.added(nextAdded.call);
        nextAdded = nextMatching(addedIt, f);
      }
    }
    PageCalls calls = out.build();
    return new PageResult(
        calls, total, calls.isEmpty() ? after : calls.key(calls.size() - 1), false);
  }

  private PageResult pageOfIds(CallFilter f, CallKey after, int size) {
    List<SimCall> all = new ArrayList<>();
    for (String id : f.callIds()) {
      SimCall c = find(id);
      if (c != null && f.matches(c)) {
        all.add(c);
      }
    }
    all.sort(Comparator.comparing(CallStore::keyOf));
    int total = all.size();
    PageBuilder out = new PageBuilder(size);
    boolean more = false;
    for (SimCall c : all) {
      if (after == null || keyOf(c).compareTo(after) > 0) {
        if (out.n == size) {
          more = true;
          break;
        }
        Integer p = positionById.get(c.id());
        if (p != null) {
          out.generated(p);
        } else {
          out.added(c);
        }
      }
    }
    PageCalls calls = out.build();
    return new PageResult(
        calls, total, calls.isEmpty() ? after : calls.key(calls.size() - 1), more);
  }

  private static AddedCall nextMatching(java.util.Iterator<AddedCall> it, CallFilter f) {
    while (it.hasNext()) {
      AddedCall a = it.next();
      if (f.matches(a.call)) {
        return a;
      }
    }
    return null;
  }

  public static CallKey keyOf(SimCall c) {
    return new CallKey(c.startedMillis(), c.id());
  }

  private String hostId(int p) {
    return company.hosts().get(hosts[p]).id();
  }

  private static int pos(int[] view, int k) {
    return view == null ? k : view[k];
  }

  /** First view index whose (start, id) is >= (millis, id). */
  private int lowerBound(int[] view, int n, long millis, long id) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int p = pos(view, mid);
      int c = Long.compare(starts[p], millis);
      if (c == 0) {
        c = Long.compare(ids[p], id);
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Result of {@link #add}: the call, and whether it existed already (same clientUniqueId). */
  public record AddResult(SimCall call, boolean existed) {}

  /**
   * Adds a call atomically; when {@code clientUniqueId} is taken, returns the existing call with
   * {@code existed = true} and adds nothing.
   */
  public AddResult add(SimCall call, boolean mediaArrived) {
    AddedCall a = new AddedCall(call, mediaArrived);
    AddedCall prior = addedByClientUniqueId.putIfAbsent(call.clientUniqueId(), a);
    if (prior != null) {
      return new AddResult(prior.call, true);
    }
    addedById.put(call.id(), a);
    added.put(keyOf(call), a);
    return new AddResult(call, false);
  }

  /** Marks an added call's media as arrived; false when the id is not an added call. */
  public boolean mediaArrived(String id) {
    long v = parseId(id);
    AddedCall a = v < 0 ? null : addedById.get(v);
    if (a == null) {
      return false;
    }
    a.arrive();
    return true;
  }

  /** Whether this id belongs to a call added over the API. */
  public boolean isAdded(String id) {
    long v = parseId(id);
    return v >= 0 && addedById.containsKey(v);
  }

  /** Epoch ms of the anchor (generated calls all start before it). */
  public Instant anchor() {
    return company.anchor();
  }

  /** A fresh unique call id for an added call. */
  public long newCallId(SplittableRandom rng) {
    return company.uniqueId(rng);
  }
}
