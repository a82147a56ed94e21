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
  void pageCollectStopsAtMaxWithoutFetchingOnlyToLearnMoreExist() {
    int all = (int) gong.users().list().count();
    sim.resetRequestCounts();
    Collected<User> first = Page.collect(c -> gong.users().listPage(false, c), 100);
    assertThat(first.items()).hasSize(100);
    assertThat(first.truncated()).isTrue();
    assertThat(first.totalRecords()).isEqualTo(all);
    assertThat(first.requests()).isEqualTo(1);
    assertThat(sim.requestCount("/v2/users")).isEqualTo(1);

    Collected<User> some = Page.collect(c -> gong.users().listPage(false, c), 150);
    assertThat(some.items()).hasSize(150);
    assertThat(some.items().subList(0, 100)).isEqualTo(first.items());
    assertThat(some.requests()).isEqualTo(2);

    Collected<User> everyone = Page.collect(c -> gong.users().listPage(false, c), all);
    assertThat(everyone.items()).hasSize(all);
    assertThat(everyone.truncated()).isFalse();
    assertThat(everyone.coveredFrom()).isNull();
    assertThat(Page.collect(c -> gong.users().listPage(false, c), all + 1).truncated()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Page.collect(c -> gong.users().listPage(false, c), 0))
        .isInstanceOf(IllegalArgumentException.class);
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
