package dev.gongconnector.simulator.company;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generated company: who sells (workspaces, users) and to whom (accounts with contacts).
 * Everything derives from the seed and the anchor instant, so the same inputs give the same
 * company.
 */
public final class Company {

  private final long seed;
  private final Instant anchor;
  private final String name;
  private final String domain;
  private final String product;
  private final List<Workspace> workspaces;
  private final List<User> users;
  private final List<User> avatars;
  private final Map<String, User> usersById = new LinkedHashMap<>();
  private final List<User> hosts;
  private final List<Account> accounts;
  private final Set<Long> usedIds = new HashSet<>();

  /** Generates a company with about {@code userCount} users. */
  public Company(long seed, Instant anchor, int userCount) {
    this.seed = seed;
    this.anchor = anchor;
    SplittableRandom rng = Ids.rng(seed, 1);
    this.name = Names.SELLERS.get(rng.nextInt(Names.SELLERS.size()));
    this.domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
    this.product =
        name.split(" ")[0] + " " + Names.PRODUCTS.get(rng.nextInt(Names.PRODUCTS.size()));
    this.workspaces =
        List.of(
            new Workspace(
                idString(rng), "North America Sales", "Sales teams for the US and Canada"),
            new Workspace(
                idString(rng), "EMEA Sales", "Sales teams for Europe, Middle East and Africa"),
            new Workspace(idString(rng), "Customer Success", "Onboarding, renewals and expansion"));
    this.users = Collections.unmodifiableList(generateUsers(rng, Math.max(6, userCount)));
    this.avatars = List.of(avatar(rng, "Gong", "Support"), avatar(rng, "Gong", "CSM"));
    for (User u : users) {
      usersById.put(u.id(), u);
    }
    for (User u : avatars) {
      usersById.put(u.id(), u);
    }
    List<User> h = new ArrayList<>();
    for (User u : users) {
      if (u.active() && u.role() != User.Role.MANAGER) {
        h.add(u);
      }
    }
    this.hosts = List.copyOf(h);
    this.accounts = generateAccounts(rng, 180);
  }

  private String idString(SplittableRandom rng) {
    return Long.toString(uniqueId(rng));
  }

  /** A fresh 19-digit id not used elsewhere in the company. */
  public synchronized long uniqueId(SplittableRandom rng) {
    long id;
    do {
      id = Ids.next(rng);
    } while (!usedIds.add(id));
    return id;
  }

  /** Registers an id generated elsewhere; false when it was already taken. */
  public synchronized boolean claimId(long id) {
    return usedIds.add(id);
  }

  private List<User> generateUsers(SplittableRandom rng, int n) {
    List<User> out = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    List<String> managers = new ArrayList<>();
    int managerCount = Math.max(2, n / 8);
    for (int i = 0; i < n; i++) {
      User.Role role;
      if (i < managerCount) {
        role = User.Role.MANAGER;
      } else {
        int r = rng.nextInt(100);
        role =
            r < 55 ? User.Role.REP : r < 75 ? User.Role.SDR : r < 88 ? User.Role.SE : User.Role.CSM;
      }
      Workspace ws =
          role == User.Role.CSM ? workspaces.get(2) : workspaces.get(rng.nextInt(100) < 70 ? 0 : 1);
      String first = Names.FIRST.get(rng.nextInt(Names.FIRST.size()));
      String last = Names.LAST.get(rng.nextInt(Names.LAST.size()));
      String local = (first + "." + last).toLowerCase(Locale.ROOT);
      String email = local + "@" + domain;
      for (int k = 2; !emails.add(email); k++) {
        email = local + k + "@" + domain;
      }
      String title;
      switch (role) {
        case MANAGER:
          title = rng.nextBoolean() ? "Sales Manager" : "Director of Sales";
          break;
        case SDR:
          title = "Sales Development Representative";
          break;
        case SE:
          title = "Solutions Engineer";
          break;
        case CSM:
          title = "Customer Success Manager";
          break;
        default:
          title = Names.REP_TITLES.get(rng.nextInt(Names.REP_TITLES.size()));
      }
      String id = idString(rng);
      String managerId =
          role == User.Role.MANAGER || managers.isEmpty()
              ? null
              : managers.get(rng.nextInt(managers.size()));
      if (role == User.Role.MANAGER) {
        managers.add(id);
      }
      long created =
          anchor.minus(200 + rng.nextInt(1200), ChronoUnit.DAYS).toEpochMilli()
              + rng.nextInt(86_400) * 1000L;
      boolean active = rng.nextInt(100) >= 6;
      String lang =
          ws == workspaces.get(1)
              ? pick(rng, List.of("en-GB", "de-DE", "fr-FR", "es-ES", "en-GB"))
              : rng.nextInt(10) == 0 ? "es-ES" : "en-US";
      String slug = local.replace('.', '-');
      out.add(
          new User(
              id,
              email,
              created,
              active,
              rng.nextInt(4) == 0
                  ? List.of(
                      first.toLowerCase(Locale.ROOT).charAt(0)
                          + last.toLowerCase(Locale.ROOT)
                          + "@"
                          + domain)
                  : List.of(),
              first,
              last,
              title,
              phone(rng),
              Integer.toString(100 + rng.nextInt(900)),
              "https://zoom.us/j/" + (1_000_000_000L + rng.nextLong(8_999_999_999L)),
              managerId,
              "https://join.gong.io/"
                  + domain.replace(".com", "")
                  + "/"
                  + slug
                  + "?tkn="
                  + token(rng),
              lang,
              false,
              ws.id(),
              role));
    }
    return out;
  }

  private User avatar(SplittableRandom rng, String first, String last) {
    String local = (first + "." + last).toLowerCase(Locale.ROOT);
    return new User(
        idString(rng),
        local + "@gong.io",
        anchor.minus(400, ChronoUnit.DAYS).toEpochMilli(),
        true,
        List.of(),
        first,
        last,
        last.equals("CSM") ? "Customer Success Manager" : "Support Engineer",
        null,
        null,
        null,
        null,
        null,
        "en-US",
        true,
        workspaces.get(0).id(),
        User.Role.GONG_STAFF);
  }

  private List<Account> generateAccounts(SplittableRandom rng, int n) {
    List<Account> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (out.size() < n) {
      String a = pick(rng, Names.ORG_A) + " " + pick(rng, Names.ORG_B);
      if (!names.add(a)) {
        a = a + " " + (names.size() % 7 == 0 ? "Group" : "Inc");
        if (!names.add(a)) {
          continue;
        }
      }
      String d = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
      List<Contact> contacts = new ArrayList<>();
      int c = 2 + rng.nextInt(5);
      for (int i = 0; i < c; i++) {
        String f = pick(rng, Names.FIRST);
        String l = pick(rng, Names.LAST);
        contacts.add(
            new Contact(
                f,
                l,
                pick(rng, Names.PROSPECT_TITLES),
                (f + "." + l).toLowerCase(Locale.ROOT) + "@" + d,
                phone(rng),
                "003" + token(rng).substring(0, 15)));
      }
      out.add(
          new Account(
              a,
              d,
              pick(rng, Names.INDUSTRIES),
              "001" + token(rng).substring(0, 15),
              "006" + token(rng).substring(0, 15),
              List.copyOf(contacts)));
    }
    return List.copyOf(out);
  }

  private static String phone(SplittableRandom rng) {
    return "+1 "
        + (200 + rng.nextInt(800))
        + "-"
        + (200 + rng.nextInt(800))
        + "-"
        + (1000 + rng.nextInt(9000));
  }

  private static String token(SplittableRandom rng) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(22);
    for (int i = 0; i < 22; i++) {
      sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static <T> T pick(SplittableRandom rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }

  public long seed() {
    return seed;
  }

  public Instant anchor() {
    return anchor;
  }

  public String name() {
    return name;
  }

  public String domain() {
    return domain;
  }

  public String product() {
    return product;
  }

  public List<Workspace> workspaces() {
    return workspaces;
  }

  /** Real users, in listing order (not the Gong staff avatars). */
  public List<User> users() {
    return users;
  }

  /** Synthetic users standing for Gong staff; listed only with {@code includeAvatars=true}. */
  public List<User> avatars() {
    return avatars;
  }

  /** Any user by id, avatars included, or null. */
  public User user(String id) {
    return usersById.get(id);
  }

  /** Active users who host calls. */
  public List<User> hosts() {
    return hosts;
  }

  public List<Account> accounts() {
    return accounts;
  }

  public Workspace workspace(String id) {
    for (Workspace w : workspaces) {
      if (w.id().equals(id)) {
        return w;
      }
    }
    return null;
  }
}
