package dev.gongconnector.cli.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.cli.CliTestSupport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An embedded local Gong (no credentials configured) never reads a library it did not write: each
 * command gets a fresh temporary library root, removed when the command ends (issue 10).
 */
class EmbeddedLibraryTest extends CliTestSupport {

  private static final Pattern LIBRARY = Pattern.compile("gong sync: library (\\S+)");

  @Test
  void aSyncUnderTheEmbeddedGongLeavesNoLibraryBehind() {
    Map<String, String> noCredentials = Map.of("GONG_PROGRESS", "never", "GONG_SIM_CALLS", "30");
    String from = LocalDate.now(ZoneOffset.UTC).minusDays(60).toString();
    Result sync = gongWith(noCredentials, "", "sync", "--from", from);
    assertThat(sync.code()).as(sync.toString()).isZero();
    Matcher m = LIBRARY.matcher(sync.err());
    assertThat(m.find()).as(sync.err()).isTrue();
    Path store = Path.of(m.group(1));
    assertThat(store).doesNotExist(); // removed with the embedded Gong
    assertThat(store.startsWith(home)).isFalse(); // never the user's data directory
    assertThat(home.resolve(".local/share/gong-connector")).doesNotExist();

    // A later command's embedded Gong starts with an empty library: search_calls reads Gong.
    Result search = gongWith(noCredentials, "", "search-calls", "--from-date", from);
    assertThat(search.code()).as(search.toString()).isZero();
    assertThat(search.json().path("data").path("source").asText()).isEqualTo("gong-api");
  }
}
