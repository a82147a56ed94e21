package dev.gongconnector.simulator.access;

import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.company.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Permission profiles: per workspace one profile per kind of user (administrators, managers,
 * sellers, customer success), each user in the profile of their role and workspace.
 */
public final class PermissionProfiles {

  /**
   * A profile; {@code level} is the calls/deals/coaching access level, {@code admin} all rights.
   */
  public record Profile(
      String id,
      String name,
      String description,
      String workspaceId,
      String level,
      boolean admin) {}

  private final Company company;
  private final Map<String, Profile> byId = new LinkedHashMap<>();
  private final Map<String, List<User>> users = new LinkedHashMap<>();

  public PermissionProfiles(Company company) {
    this.company = company;
    for (Workspace w : company.workspaces()) {
      long base = Ids.mix(company.seed() ^ w.id().hashCode());
      add(w, base, "Administrator", "Full access, settings and data export", "all", true);
      add(
          w,
          base + 1,
          "Manager",
          "Sees their team's calls and deals, coaches",
          "managers-team",
          false);
      add(w, base + 2, "Seller", "Sees their own calls and deals", "own", false);
    }
    for (User u : company.users()) {
      if (!u.active()) {
        continue;
      }
      String kind =
          u.role() == User.Role.MANAGER && u.managerId() == null
              ? "Administrator"
              : u.role() == User.Role.MANAGER ? "Manager" : "Seller";
      for (Profile p : byId.values()) {
        if (p.workspaceId().equals(u.workspaceId()) && p.name().equals(kind)) {
          users.get(p.id()).add(u);
        }
      }
    }
  }

  private void add(
      Workspace w, long key, String name, String description, String level, boolean admin) {
    String id =
        Long.toString(
            1_000_000_000_000_000_000L + Math.floorMod(Ids.mix(key), 8_000_000_000_000_000_000L));
    byId.put(id, new Profile(id, name, description, w.id(), level, admin));
    users.put(id, new ArrayList<>());
  }

  /** The profiles of a workspace, by name (Gong lists them alphabetically). */
  public List<Profile> ofWorkspace(String workspaceId) {
    List<Profile> out = new ArrayList<>();
    for (Profile p : byId.values()) {
      if (p.workspaceId().equals(workspaceId)) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(Profile::name));
    return out;
  }

  public Profile profile(String id) {
    return byId.get(id);
  }

  /** Users whose access this profile controls. */
  public List<User> users(String profileId) {
    return users.getOrDefault(profileId, List.of());
  }

  Company company() {
    return company;
  }
}
