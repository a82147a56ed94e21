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
    Map<String, String> env = new HashMap<>(); // a user with no GONG_* variables
    Result saved =
        gongWith(
            env,
            sim.accessKeySecret() + "\n",
            "configure",
            "--base-url",
            sim.baseUrl() + "/v2/",
            "--access-key",
            sim.accessKey());
    assertThat(saved.code()).as(saved.toString()).isZero();
    assertThat(saved.out() + saved.err()).doesNotContain(sim.accessKeySecret());
    assertThat(saved.err()).contains("the credentials work", "saved profile 'default'");

    Path file = home.resolve(".config/gong/config.properties");
    assertThat(Files.readString(file))
        .contains(
            "default.base-url=" + sim.baseUrl() + "\n",
            "default.access-key-secret=" + sim.accessKeySecret());
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
          .isEqualTo("rwx------");
    }

    Result listed = gongWith(env, "", "list-workspaces");
    assertThat(listed.code()).as(listed.toString()).isZero();
    assertThat(listed.err()).doesNotContain("embedded");

    // A second, named profile; the default one is kept.
    Result staging =
        gongWith(
            env,
            sim.accessKeySecret() + "\n",
            "configure",
            "--profile",
            "staging",
            "--base-url",
            sim.baseUrl(),
            "--access-key",
            sim.accessKey(),
            "--no-verify");
    assertThat(staging.code()).isZero();
    assertThat(gongWith(env, "", "list-workspaces", "--profile", "staging").code()).isZero();
    assertThat(Files.readString(file)).contains("default.access-key=", "staging.access-key=");
    Result missing = gongWith(env, "", "list-workspaces", "--profile", "prod");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no profile 'prod'", "default, staging");
  }

  @Test
  void atATerminalItPromptsAndAsksForTheSecretWithoutEcho() throws Exception {
    java.util.List<String> prompts = new java.util.ArrayList<>();
    java.util.List<String> passwordPrompts = new java.util.ArrayList<>();
    CliContext.Prompter terminal =
        new CliContext.Prompter() {
          @Override
          public String readLine(String prompt) {
            prompts.add(prompt);
            return prompt.startsWith("Gong API base URL") ? sim.baseUrl() : sim.accessKey();
          }

          @Override
          public char[] readPassword(String prompt) {
            passwordPrompts.add(prompt);
            return sim.accessKeySecret().toCharArray();
          }
        };
    CliContext context =
        new CliContext(
            Map.of(), home, new java.io.ByteArrayInputStream(new byte[0]), true, terminal);
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.execute(
            context,
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true),
            "configure");
    assertThat(code).as(err.toString()).isZero();
    assertThat(prompts).hasSize(2);
    assertThat(passwordPrompts)
        .singleElement()
        .asString()
        .startsWith("Access key secret (input hidden");
    assertThat(out.toString() + err).doesNotContain(sim.accessKeySecret());
    assertThat(Files.readString(home.resolve(".config/gong/config.properties")))
        .contains("default.access-key=" + sim.accessKey());

    // Again: the saved values are offered as defaults, Enter keeps the saved secret.
    prompts.clear();
    CliContext.Prompter enter =
        new CliContext.Prompter() {
          @Override
          public String readLine(String prompt) {
            prompts.add(prompt);
            return "";
          }

          @Override
          public char[] readPassword(String prompt) {
            return new char[0];
          }
        };
    context =
        new CliContext(Map.of(), home, new java.io.ByteArrayInputStream(new byte[0]), true, enter);
    code =
        Main.execute(
            context,
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true),
            "configure");
    assertThat(code).as(err.toString()).isZero();
    assertThat(prompts.get(0)).contains("[" + sim.baseUrl() + "]");
    assertThat(Files.readString(home.resolve(".config/gong/config.properties")))
        .contains("default.access-key-secret=" + sim.accessKeySecret());
  }

  @Test
  void wrongCredentialsAreNotSaved() {
    Result refused =
        gongWith(
            new HashMap<>(),
            "not-the-secret\n",
            "configure",
            "--base-url",
            sim.baseUrl(),
            "--access-key",
            sim.accessKey());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains("could not verify", "nothing saved")
        .doesNotContain("not-the-secret");
    assertThat(home.resolve(".config/gong/config.properties")).doesNotExist();
  }

  @Test
  void missingInputIsAUsageError() {
    Result noSecret =
        gongWith(
            new HashMap<>(), "", "configure", "--base-url", sim.baseUrl(), "--access-key", "k");
    assertThat(noSecret.code()).isEqualTo(2);
    assertThat(noSecret.err()).contains("secret is required");
    Result noUrl = gongWith(new HashMap<>(), "s\n", "configure", "--access-key", "k");
    assertThat(noUrl.code()).isEqualTo(2);
    Result badUrl =
        gongWith(
            new HashMap<>(),
            "s\n",
            "configure",
            "--base-url",
            "us-1.api.gong.io",
            "--access-key",
            "k");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("https://");
  }

  @Test
  void endlessOrBinaryStdinIsAUsageErrorNotAnOutOfMemoryError() {
    // Like `gong configure < /dev/zero`: an input that never ends, read no further than a secret.
    java.io.InputStream zeros =
        new java.io.InputStream() {
          @Override
          public int read() {
            return 0;
          }
        };
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.execute(
            CliContext.of(new HashMap<>(), home, zeros),
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            new java.io.PrintWriter(err, true),
            "configure",
            "--base-url",
            sim.baseUrl(),
            "--access-key",
            "k");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("control characters").doesNotContain("Exception");
    Result tooLong =
        gongWith(
            new HashMap<>(),
            "a".repeat(100_000),
            "configure",
            "--base-url",
            sim.baseUrl(),
            "--access-key",
            "k");
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(tooLong.err()).contains("longer than");
    assertThat(home.resolve(".config/gong/config.properties")).doesNotExist();
  }
}
