package dev.gongconnector.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.actions.params.Names;
import dev.gongconnector.client.GongClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ActionRegistry.Builder#buildOne} finds what {@code build().find} finds, in every spelling,
 * without building the whole registry.
 */
class BuildOneTest {

  private static ActionRegistry.Builder definitions() {
    return ActionRegistry.describing()
        .allowWrites(true)
        .library(ActionRegistry.DEFINITIONS_LIBRARY);
  }

  @Test
  void findsEveryActionByEveryNameAndAlias() {
    ActionRegistry all = definitions().build();
    for (Action action : all.all()) {
      for (String name : names(action)) {
        for (String spelling :
            List.of(name, Names.kebab(name), Names.camel(Names.canonical(name)))) {
          Action one =
              definitions().buildOne(spelling).orElseThrow(() -> new AssertionError(spelling));
          assertThat(one.name()).as(spelling).isEqualTo(all.find(spelling).orElseThrow().name());
          assertThat(one.getClass()).isEqualTo(action.getClass());
        }
      }
    }
  }

  @Test
  void unknownNamesAndDisabledWritesAreEmpty() {
    assertThat(definitions().buildOne("no_such_action")).isEmpty();
    assertThat(definitions().buildOne(null)).isEmpty();
    assertThat(ActionRegistry.describing().buildOne("add_new_call")).isEmpty();
    assertThat(ActionRegistry.describing().allowWrites(true).buildOne("add-call")).isPresent();
    // Without a library the library actions are not there, as in build().
    assertThat(ActionRegistry.describing().buildOne("search_transcripts")).isEmpty();
  }

  @Test
  void aDescribedActionRunsNothing() {
    Action one = definitions().buildOne("list_workspace_id_options").orElseThrow();
    ActionResult r = one.execute(null, ProgressListener.NONE);
    assertThat(r.success()).isFalse();
    assertThat(r.error().type()).isEqualTo(ErrorType.INTERNAL);
  }

  @Test
  void anExtraReplacesABuiltInAsInBuild() {
    GongClient client =
        GongClient.builder().baseUrl("http://127.0.0.1:9").credentials("k", "s").build();
    Action extra = ActionRegistry.describing().build().find("get_call").orElseThrow();
    Action one = ActionRegistry.builder(client).add(c -> extra).buildOne("get-call").orElseThrow();
    assertThat(one).isSameAs(extra);
  }

  private static List<String> names(Action action) {
    List<String> names = new java.util.ArrayList<>(action.aliases());
    names.add(0, action.name());
    return names;
  }
}
