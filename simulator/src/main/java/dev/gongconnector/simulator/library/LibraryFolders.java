package dev.gongconnector.simulator.library;

import dev.gongconnector.simulator.calls.CallFacts;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Scenario;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.company.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The call library: per workspace a "Coaching" folder with topic folders under it, each holding
 * real generated calls of its kind (with a transcript) and a snippet on the folder's topic. Chosen
 * once, on first use, from the generated calls; calls added later do not join folders.
 */
public final class LibraryFolders {

  /** Most calls a folder holds. */
  static final int MAX_CALLS = 8;

  /** A folder; {@code parentId} null at the top. */
  public record Folder(
      String id,
      String name,
      String parentId,
      String workspaceId,
      String createdBy,
      long updatedMillis,
      List<Entry> calls) {}

  /** A call in a folder, with the seconds of its snippet. */
  public record Entry(
      SimCall call, String note, String addedBy, long createdMillis, int from, int to) {}

  private record Spec(String name, Scenario scenario, String topic, String note) {}

  private final CallStore store;
  private volatile List<Folder> folders;

  public LibraryFolders(CallStore store) {
    this.store = store;
  }

  /** All folders, parents first. */
  public List<Folder> all() {
    List<Folder> f = folders;
    if (f == null) {
      synchronized (this) {
        if (folders == null) {
          folders = build();
        }
        f = folders;
      }
    }
    return f;
  }

  public Folder find(String id) {
    for (Folder f : all()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    return null;
  }

  private static List<Spec> specs(int workspace) {
    switch (workspace) {
      case 0:
        return List.of(
            new Spec(
                "Best Discovery Calls", Scenario.DISCOVERY, "Pain Points", "Great pain discovery"),
            new Spec("Cold Call Wins", Scenario.COLD_CALL, "Introduction", "Strong opener"),
            new Spec("Pricing Conversations", Scenario.PRICING, "Pricing", "Holds the price"));
      case 1:
        return List.of(
            new Spec("Great Demos", Scenario.DEMO, "Product Demo", "Demo tied to the use case"),
            new Spec(
                "Objection Handling", Scenario.PRICING, "Objections", "Calm objection handling"),
            new Spec(
                "Security Reviews",
                Scenario.SECURITY_REVIEW,
                "Security",
                "Clear security answers"));
      default:
        return List.of(
            new Spec("Onboarding Kickoffs", Scenario.ONBOARDING, "Implementation", "Clear plan"),
            new Spec("QBR Examples", Scenario.RENEWAL, "Success Metrics", "Value recap done well"));
    }
  }

  private List<Folder> build() {
    Company company = store.company();
    SplittableRandom rng = Ids.rng(company.seed(), 31);
    Map<String, List<Entry>> chosen = new LinkedHashMap<>();
    List<Workspace> wss = company.workspaces();
    // Newest calls first: a library shows recent good examples.
    List<SimCall> candidates = new ArrayList<>();
    CallFacts.forEachCall(
        store,
        Long.MIN_VALUE,
        company.anchor().toEpochMilli(),
        c -> {
          if (Math.floorMod(Ids.mix(c.id() ^ company.seed()), 5) == 0 && store.hasTranscript(c)) {
            candidates.add(c);
          }
        });
    List<Folder> out = new ArrayList<>();
    for (int w = 0; w < wss.size(); w++) {
      Workspace ws = wss.get(w);
      String owner = manager(company, ws.id());
      String parentId = Long.toString(company.uniqueId(rng));
      long updated = company.anchor().toEpochMilli() - 86_400_000L * (1 + rng.nextInt(20));
      out.add(
          new Folder(parentId, ws.name() + " Coaching", null, ws.id(), owner, updated, List.of()));
      for (Spec s : specs(w)) {
        List<Entry> entries = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0 && entries.size() < MAX_CALLS; i--) {
          SimCall c = candidates.get(i);
          if (c.scenario() != s.scenario() || !c.workspaceId().equals(ws.id())) {
            continue;
          }
          int[] range = CallFacts.of(store, c).topicStarts().get(s.topic());
          if (range == null) {
            continue;
          }
          long end = c.startedMillis() + c.duration() * 1000L;
          long added = Math.min(end + 86_400_000L * (1 + rng.nextInt(5)), updated);
          entries.add(new Entry(c, s.note(), owner, Math.max(end, added), range[0], range[1]));
        }
        chosen.put(s.name(), entries);
        out.add(
            new Folder(
                Long.toString(company.uniqueId(rng)),
                s.name(),
                parentId,
                ws.id(),
                owner,
                updated,
                List.copyOf(entries)));
      }
    }
    return List.copyOf(out);
  }

  private static String manager(Company company, String workspaceId) {
    for (User u : company.users()) {
      if (u.role() == User.Role.MANAGER && u.workspaceId().equals(workspaceId)) {
        return u.id();
      }
    }
    for (User u : company.users()) {
      if (u.role() == User.Role.MANAGER) {
        return u.id();
      }
    }
    return company.users().get(0).id();
  }
}
