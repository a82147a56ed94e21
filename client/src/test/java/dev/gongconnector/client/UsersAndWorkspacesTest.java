package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.users.User;
import dev.gongconnector.client.users.UserFilter;
import dev.gongconnector.client.workspaces.Workspace;
import dev.gongconnector.simulator.GongSimulator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Users (paged list, get, filter) and workspaces. */
class UsersAndWorkspacesTest {

  static GongSimulator sim;
  static GongClient gong;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(20).users(230).start();
    gong = SimTestSupport.client(sim).build();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void usersPageThroughAll() {
    sim.resetRequestCounts();
    List<User> users = gong.users().list().toList();
    assertThat(users.size()).isGreaterThanOrEqualTo(230);
    assertThat(users.stream().map(User::id).collect(Collectors.toSet())).hasSize(users.size());
    assertThat(sim.requestCount("/v2/users")).isEqualTo((users.size() + 99) / 100);
    User u = users.get(3);
    assertThat(gong.users().get(u.id())).isEqualTo(u);
    assertThat(u.displayName()).isNotBlank();
    assertThat(gong.users().list(true).count()).isGreaterThanOrEqualTo(users.size());
  }

  @Test
  void usersByFilter() {
    List<User> users = gong.users().list().limit(150).toList();
    List<String> ids = users.stream().map(User::id).toList();
    List<User> got = gong.users().list(UserFilter.ofIds(ids)).toList();
    assertThat(got.stream().map(User::id).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(gong.users().list(UserFilter.ofIds(List.of("999999999999999"))).toList()).isEmpty();
  }

  @Test
  void workspaces() {
    List<Workspace> ws = gong.workspaces().list();
    assertThat(ws)
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.id()).matches("\\d+");
              assertThat(w.name()).isNotBlank();
            });
    assertThat(gong.workspaces().find(ws.get(0).name().toUpperCase())).contains(ws.get(0));
    assertThat(gong.workspaces().find(ws.get(0).id())).contains(ws.get(0));
    assertThat(gong.workspaces().find("no such workspace")).isEmpty();
  }
}
