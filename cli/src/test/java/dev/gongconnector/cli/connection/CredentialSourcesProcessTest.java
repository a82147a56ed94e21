package dev.gongconnector.cli.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gongconnector.simulator.GongSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the connection comes from, checked on the command line as a process with a controlled
 * environment: a credential set comes whole from one source, so a base URL from the environment
 * never receives a saved profile's secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialSourcesProcessTest {

  private static final String TOKEN = "bearer-token-for-the-test-0123456789";

  private GongSimulator sim;

  /** Another host on loopback that records every Authorization header it receives. */
  private HttpServer trap;

  private final List<String> trapped = new CopyOnWriteArrayList<>();

  @TempDir Path home;

  record Result(int code, String out, String err) {}

  @BeforeAll
  void start() throws IOException {
    sim =
        GongSimulator.builder()
            .calls(5)
            .seed(2)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .bearerToken(TOKEN)
            .start();
    trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    trap.createContext(
        "/",
        ex -> {
          trapped.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
          ex.sendResponseHeaders(401, -1);
          ex.close();
        });
    trap.start();
  }

  @AfterAll
  void stop() {
    sim.close();
    trap.stop(0);
  }

  private String trapUrl() {
    return "http://127.0.0.1:" + trap.getAddress().getPort();
  }

  private Result gong(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.home=" + home.resolve("jvm-home"),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.gongconnector.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("GONG_") || k.startsWith("XDG_"));
    pb.environment().put("HOME", home.toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private void saveProfile(Path file, String baseUrl, String key, String secret)
      throws IOException {
    new ProfileStore(file)
        .save(
            "default", Map.of("base-url", baseUrl, "access-key", key, "access-key-secret", secret));
  }

  private Path defaultProfileFile() {
    return home.resolve(".config/gong/config.properties");
  }

  @Test
  void aBaseUrlFromTheEnvironmentNeverGetsTheProfilesSecret() throws Exception {
    saveProfile(defaultProfileFile(), sim.baseUrl(), sim.accessKey(), sim.accessKeySecret());
    trapped.clear();
    Result r = gong(Map.of("GONG_BASE_URL", trapUrl()), "list-workspace-id-options");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("incomplete Gong connection from environment");
    assertThat(r.err()).doesNotContain(sim.accessKeySecret());
    assertThat(trapped).as("nothing reached the other host").isEmpty();
  }

  @Test
  void theProfileUnderHomeIsUsedWhenNothingElseIsSet() throws Exception {
    saveProfile(defaultProfileFile(), sim.baseUrl(), sim.accessKey(), sim.accessKeySecret());
    long before = sim.requestCount("/v2/workspaces");
    Result r = gong(Map.of(), "list-workspace-id-options");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(sim.requestCount("/v2/workspaces"))
        .as("$HOME's profile was used")
        .isGreaterThan(before);
  }

  @Test
  void xdgConfigHomeIsHonoured() throws Exception {
    Path xdg = home.resolve("xdg");
    saveProfile(
        xdg.resolve("gong/config.properties"),
        sim.baseUrl(),
        sim.accessKey(),
        sim.accessKeySecret());
    long before = sim.requestCount("/v2/workspaces");
    Result r = gong(Map.of("XDG_CONFIG_HOME", xdg.toString()), "list-workspace-id-options");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(sim.requestCount("/v2/workspaces")).isGreaterThan(before);
  }

  @Test
  void aBearerTokenInTheEnvironmentIsHonouredWhenAProfileExists() throws Exception {
    saveProfile(defaultProfileFile(), trapUrl(), "profile-key", "profile-secret");
    trapped.clear();
    Map<String, String> env = new HashMap<>();
    env.put("GONG_BASE_URL", sim.baseUrl());
    env.put("GONG_BEARER_TOKEN", TOKEN);
    Result r = gong(env, "list-workspace-id-options");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(trapped).isEmpty();
  }

  @Test
  void gongConfigNamingADirectoryIsAUsageError() throws Exception {
    Path dir = Files.createDirectories(home.resolve("confdir"));
    Result r = gong(Map.of("GONG_CONFIG", dir.toString()), "list-workspace-id-options");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("is a directory");
  }

  @Test
  void baseUrlsTheClientWouldRefuseAreUsageErrors() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GONG_BASE_URL", "http://example.com");
    env.put("GONG_ACCESS_KEY", "k");
    env.put("GONG_ACCESS_KEY_SECRET", "s3cr3t-value");
    Result http = gong(env, "list-workspace-id-options");
    assertThat(http.code()).as(http.toString()).isEqualTo(2);
    assertThat(http.err())
        .contains("must use https")
        .doesNotContain("unexpected")
        .doesNotContain("s3cr3t-value");

    env.put("GONG_BASE_URL", "https://");
    Result noHost = gong(env, "list-workspace-id-options");
    assertThat(noHost.code()).as(noHost.toString()).isEqualTo(2);
    assertThat(noHost.err()).doesNotContain("unexpected");
  }

  @Test
  void configureNoVerifyRefusesWhatLaterCommandsWouldRefuse() throws Exception {
    Path file = home.resolve("cfg/config.properties");
    Result r =
        gong(
            Map.of("GONG_CONFIG", file.toString()),
            "configure",
            "--no-verify",
            "--base-url",
            "http://example.com",
            "--access-key",
            "k");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(Files.exists(file)).as("nothing saved").isFalse();
  }
}
