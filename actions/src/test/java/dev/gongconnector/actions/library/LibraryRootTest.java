package dev.gongconnector.actions.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one library-root resolver: explicit, embedded (fresh and removed), default. */
class LibraryRootTest {

  @TempDir Path home;

  @Test
  void anEmbeddedGongGetsAFreshRootOfItsOwnThatIsRemovedOnClose() throws Exception {
    Path first;
    try (LibraryRoot a = LibraryRoot.resolve(null, true, Map.<String, String>of()::get, home);
        LibraryRoot b = LibraryRoot.resolve(null, true, Map.<String, String>of()::get, home)) {
      first = a.path();
      assertThat(a.temporary()).isTrue();
      assertThat(a.path()).isNotEqualTo(b.path()).isDirectory();
      assertThat(Files.list(a.path())).isEmpty();
      // Something a sync would write; it must not outlive the embedded Gong.
      Files.createDirectories(a.path().resolve("simulator/index"));
      Files.writeString(a.path().resolve("simulator/index/segments_1"), "x");
    }
    assertThat(first).doesNotExist();
  }

  @Test
  void anExplicitRootWinsAndIsNeverRemoved() throws Exception {
    Path dir = Files.createDirectories(home.resolve("mine"));
    try (LibraryRoot root = LibraryRoot.resolve(dir, true, Map.<String, String>of()::get, home)) {
      assertThat(root.path()).isEqualTo(dir);
      assertThat(root.temporary()).isFalse();
    }
    assertThat(dir).isDirectory();
  }

  @Test
  void aRealGongUsesTheDataDirectory() {
    Path xdg = home.resolve("data");
    try (LibraryRoot root =
        LibraryRoot.resolve(null, false, Map.of("XDG_DATA_HOME", xdg.toString())::get, home)) {
      assertThat(root.path()).isEqualTo(xdg.resolve("gong-connector").resolve("library"));
      assertThat(root.temporary()).isFalse();
    }
    try (LibraryRoot root = LibraryRoot.resolve(null, false, Map.<String, String>of()::get, home)) {
      assertThat(root.path()).isEqualTo(home.resolve(".local/share/gong-connector/library"));
    }
  }
}
