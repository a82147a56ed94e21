package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gong configure} then commands that read the profile. */
class ConfigureTest extends CliTestSupport {

  @Test
  void savesAVerifiedProfileOwnerOnlyAndNeverPrintsTheSecret() throws Exception {
    Map<String, String> env = new HashMap<>();  // a user with no GONG_* variables
    Result saved = gongWith(env, sim.accessKeySecret() + "\n", "configure", "--base-url", sim.baseUrl() + "/v2/",
        "--access-key", sim.accessKey());
    assertThat(saved.code()).as(saved.toString()).isZero();
    assertThat(saved.out() + saved.err()).doesNotContain(sim.accessKeySecret());
    assertThat(saved.err()).contains("the credentials work", "saved profile 'default'");

    Path file = home.resolve(".config/gong/config.properties");
    assertThat(Files.readString(file)).contains("default.base-url=" + sim.baseUrl() + "\n",
        "default.access-key-secret=" + sim.accessKeySecret());
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    Result listed = gongWith(env, "", "list-workspaces");
    assertThat(listed.code()).as(listed.toString()).isZero();
    assertThat(listed.err()).doesNotContain("embedded");

    // A second, named profile; the default one is kept.
    Result staging = gongWith(env, sim.accessKeySecret() + "\n", "configure", "--profile", "staging", "--base-url",
        sim.baseUrl(), "--access-key", sim.accessKey(), "--no-verify");
    assertThat(staging.code()).isZero();
    assertThat(gongWith(env, "", "list-workspaces", "--profile", "staging").code()).isZero();
    assertThat(Files.readString(file)).contains("default.access-key=", "staging.access-key=");
    Result missing = gongWith(env, "", "list-workspaces", "--profile", "prod");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no profile 'prod'", "default, staging");
  }

  @Test
  void wrongCredentialsAreNotSaved() {
    Result refused = gongWith(new HashMap<>(), "not-the-secret\n", "configure", "--base-url", sim.baseUrl(),
        "--access-key", sim.accessKey());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("could not verify", "nothing saved").doesNotContain("not-the-secret");
    assertThat(home.resolve(".config/gong/config.properties")).doesNotExist();
  }

  @Test
  void missingInputIsAUsageError() {
    Result noSecret = gongWith(new HashMap<>(), "", "configure", "--base-url", sim.baseUrl(), "--access-key", "k");
    assertThat(noSecret.code()).isEqualTo(2);
    assertThat(noSecret.err()).contains("secret is required");
    Result noUrl = gongWith(new HashMap<>(), "s\n", "configure", "--access-key", "k");
    assertThat(noUrl.code()).isEqualTo(2);
    Result badUrl = gongWith(new HashMap<>(), "s\n", "configure", "--base-url", "us-1.api.gong.io", "--access-key", "k");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("https://");
  }
}
