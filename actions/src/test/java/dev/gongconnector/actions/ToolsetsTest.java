package dev.gongconnector.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolsets: the default set stays small with every action registered; groups and errors. */
class ToolsetsTest {

  @TempDir Path root;

  private List<Action> everything() {
    // Listing needs no Gong client.
    return ActionRegistry.describing().allowWrites(true).library(root).build().list();
  }

  private static List<String> names(List<Action> actions) {
    List<String> out = new ArrayList<>();
    actions.forEach(a -> out.add(a.name()));
    return out;
  }

  @Test
  void defaultCoversTheSeedActionsAndSearchInAtMostFifteen() {
    List<String> d = names(Toolsets.select(everything(), null));
    assertThat(d)
        .hasSizeLessThanOrEqualTo(Toolsets.MAX_DEFAULT)
        .contains(
            "add_new_call",
            "get_call",
            "list_calls",
            "search_calls",
            "get_extensive_data",
            "retrieve_transcripts_of_calls",
            "list_workspace_id_options",
            "list_users",
            "search_transcripts");
    assertThat(names(Toolsets.select(everything(), "default"))).isEqualTo(d);
  }

  @Test
  void allAndGroups() {
    List<Action> all = everything();
    assertThat(Toolsets.select(all, "all")).hasSameSizeAs(all);
    for (Action a : all) {
      assertThat(a.toolsets()).as(a.name()).isNotEmpty();
      assertThat(Toolsets.NAMES).containsAll(a.toolsets());
    }
    assertThat(names(Toolsets.select(all, " Stats , library ")))
        .contains("get_activity_stats", "get_library_folder_content")
        .doesNotContain("get_call", "list_users");
    assertThatThrownBy(() -> Toolsets.select(all, "calls,nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("crm");
  }
}
