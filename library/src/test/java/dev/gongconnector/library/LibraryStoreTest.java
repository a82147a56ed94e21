package dev.gongconnector.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where stores live: one per tenant + access key, never the secret, XDG data home respected. */
class LibraryStoreTest {

  @TempDir Path root;

  @Test
  void oneStorePerTenantAndKey() {
    Path a = LibraryStore.tenantDirectory(root, "https://US-12345.api.gong.io/v2/", "KEY1");
    assertThat(LibraryStore.tenantDirectory(root, "https://us-12345.api.gong.io", "KEY1"))
        .isEqualTo(a);
    assertThat(LibraryStore.tenantDirectory(root, "https://us-12345.api.gong.io", "KEY2"))
        .isNotEqualTo(a);
    assertThat(LibraryStore.tenantDirectory(root, "https://us-99.api.gong.io", "KEY1"))
        .isNotEqualTo(a);
    assertThat(a.getParent()).isEqualTo(root);
    assertThat(a.getFileName().toString()).matches("[0-9a-f]{16}").doesNotContain("KEY1");
    assertThat(LibraryStore.tenantDirectory(root, "http://127.0.0.1:4567", "SIMKEY"))
        .isEqualTo(root.resolve(LibraryStore.SIMULATOR_STORE));
  }

  @Test
  void defaultRootFollowsXdgDataHome() {
    assertThat(LibraryStore.defaultRoot(Map.of("XDG_DATA_HOME", "/data"), "/home/u"))
        .isEqualTo(Path.of("/data/gong-connector/library"));
    assertThat(LibraryStore.defaultRoot(Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/gong-connector/library"));
    // The XDG spec ignores relative paths.
    assertThat(LibraryStore.defaultRoot(Map.of("XDG_DATA_HOME", "data"), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/gong-connector/library"));
  }

  @Test
  void theTenantFileNamesTheBaseUrlOnly() throws Exception {
    Path store = LibraryStore.tenantDirectory(root, "https://us-1.api.gong.io/", "KEY");
    LibraryStore.describeTenant(store, "https://us-1.api.gong.io/");
    assertThat(Files.readString(store.resolve("tenant.txt")))
        .isEqualTo("https://us-1.api.gong.io\n");
  }
}
