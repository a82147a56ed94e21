package dev.gongconnector.cli.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {

  @TempDir Path home;

  final StringWriter warnings = new StringWriter();

  ConnectionSettings resolve(Map<String, String> env, ConnectionResolver.Flags flags) {
    CliContext context = CliContext.of(env, home, new ByteArrayInputStream(new byte[0]));
    return new ConnectionResolver(context, new PrintWriter(warnings, true)).resolve(flags);
  }

  static ConnectionResolver.Flags flags(String baseUrl, String key, String secret, String profile) {
    return new ConnectionResolver.Flags(baseUrl, key, secret, null, profile, false);
  }

  @Test
  void nothingConfiguredMeansTheEmbeddedGong() {
    assertThat(resolve(Map.of(), ConnectionResolver.Flags.none()).simulated()).isTrue();
    assertThat(
            resolve(
                    Map.of("GONG_BASE_URL", "https://x.api.gong.io"),
                    new ConnectionResolver.Flags(null, null, null, null, null, true))
                .simulated())
        .isTrue();
  }

  @Test
  void environmentThenFlagsWin() {
    Map<String, String> env =
        Map.of(
            "GONG_BASE_URL",
            "https://env.api.gong.io",
            "GONG_ACCESS_KEY",
            "envkey",
            "GONG_ACCESS_KEY_SECRET",
            "envsecret");
    ConnectionSettings fromEnv = resolve(env, ConnectionResolver.Flags.none());
    assertThat(fromEnv.baseUrl()).isEqualTo("https://env.api.gong.io");
    assertThat(fromEnv.accessKeySecret()).isEqualTo("envsecret");
    assertThat(fromEnv.toString()).doesNotContain("envsecret");
    ConnectionSettings flagged =
        resolve(env, flags("https://flag.api.gong.io", "flagkey", null, null));
    assertThat(flagged.baseUrl()).isEqualTo("https://flag.api.gong.io");
    assertThat(flagged.accessKey()).isEqualTo("flagkey");
    assertThat(flagged.accessKeySecret()).isEqualTo("envsecret");
    assertThat(warnings.toString()).isEmpty();
    resolve(env, flags(null, null, "s3cr3t", null));
    assertThat(warnings.toString()).contains("shell history").doesNotContain("s3cr3t");
  }

  @Test
  void profilesDefaultNamedAndPrecedence() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", home.resolve("xdg").toString());
    ProfileStore store =
        ProfileStore.locate(CliContext.of(env, home, new ByteArrayInputStream(new byte[0])));
    assertThat(store.file()).isEqualTo(home.resolve("xdg/gong/config.properties"));
    store.save(
        "default",
        Map.of(
            "base-url",
            "https://default.api.gong.io",
            "access-key",
            "dk",
            "access-key-secret",
            "ds"));
    store.save(
        "prod",
        Map.of(
            "base-url", "https://prod.api.gong.io", "access-key", "pk", "access-key-secret", "ps"));
    if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(store.file().getParent())))
          .isEqualTo("rwx------");
    }
    assertThat(resolve(env, ConnectionResolver.Flags.none()).accessKey()).isEqualTo("dk");
    // The environment beats the default profile, an explicitly named profile beats the environment.
    env.put("GONG_ACCESS_KEY", "ek");
    assertThat(resolve(env, ConnectionResolver.Flags.none()).accessKey()).isEqualTo("ek");
    assertThat(resolve(env, flags(null, null, null, "prod")).accessKey()).isEqualTo("pk");
    env.put("GONG_PROFILE", "prod");
    assertThat(resolve(env, ConnectionResolver.Flags.none()).baseUrl())
        .isEqualTo("https://prod.api.gong.io");
    assertThatThrownBy(() -> resolve(env, flags(null, null, null, "nope")))
        .isInstanceOf(CliUsageException.class)
        .hasMessageContaining("no profile 'nope'")
        .hasMessageContaining("prod");
  }

  @Test
  void handWrittenFileWithoutPrefixAndLooseModeWarns() throws Exception {
    Path file = home.resolve("gong.properties");
    Files.writeString(
        file, "base_url=https://h.api.gong.io\naccess-key=hk\naccess-key-secret=hs\n");
    Map<String, String> env = Map.of("GONG_CONFIG", file.toString());
    if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
    ConnectionSettings settings = resolve(env, ConnectionResolver.Flags.none());
    assertThat(settings.baseUrl()).isEqualTo("https://h.api.gong.io");
    assertThat(settings.accessKeySecret()).isEqualTo("hs");
    if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
      assertThat(warnings.toString()).contains("chmod 600");
    }
  }

  @Test
  void halfConfiguredIsAUsageErrorNamingWhatIsMissing() {
    assertThatThrownBy(
            () -> resolve(Map.of("GONG_ACCESS_KEY", "k"), ConnectionResolver.Flags.none()))
        .isInstanceOf(CliUsageException.class)
        .hasMessageContaining("the base URL")
        .hasMessageContaining("GONG_ACCESS_KEY_SECRET");
    assertThatThrownBy(
            () ->
                resolve(
                    Map.of(
                        "GONG_BASE_URL",
                        "us-1.api.gong.io",
                        "GONG_ACCESS_KEY",
                        "k",
                        "GONG_ACCESS_KEY_SECRET",
                        "s"),
                    ConnectionResolver.Flags.none()))
        .hasMessageContaining("https://");
    ConnectionSettings bearer =
        resolve(
            Map.of("GONG_BASE_URL", "https://b.api.gong.io", "GONG_BEARER_TOKEN", "tok"),
            ConnectionResolver.Flags.none());
    assertThat(bearer.basicAuth()).isFalse();
    assertThat(bearer.bearerToken()).isEqualTo("tok");
    assertThat(bearer.toString()).doesNotContain("tok,").doesNotContain("=tok");
  }

  @Test
  void profileValuesRoundTripThroughEscaping() {
    ProfileStore store = new ProfileStore(home.resolve("p/config.properties"));
    store.save(
        "default",
        Map.of("base-url", "https://a.api.gong.io/v2", "access-key-secret", "a=b:c\\d#e é"));
    assertThat(store.profile("default"))
        .containsEntry("access-key-secret", "a=b:c\\d#e é")
        .containsEntry("base-url", "https://a.api.gong.io/v2");
    assertThatThrownBy(() -> store.save("bad name", Map.of()))
        .hasMessageContaining("invalid profile name");
  }
}
