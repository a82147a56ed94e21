package dev.gongconnector.cli.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimCommandTest {

  @Test
  void startsPrintsCredentialsServesAndStops() throws Exception {
    SimCommand cmd = new SimCommand();
    CommandLine cl = new CommandLine(cmd);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cl.execute(
                    "--port",
                    "0",
                    "--calls",
                    "30",
                    "--seed",
                    "5",
                    "--rate-limit",
                    "0",
                    "--access-key",
                    "KEY1",
                    "--access-key-secret",
                    "SECRET1"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!out.toString().contains("Serving until stopped")
        && System.nanoTime() < deadline
        && !exit.isDone()) {
      Thread.sleep(20);
    }
    String text = out.toString();
    assertThat(text)
        .contains("access key:        KEY1")
        .contains("access key secret: SECRET1")
        .contains("export GONG_ACCESS_KEY=KEY1")
        .contains("export GONG_ACCESS_KEY_SECRET=SECRET1");
    Matcher m = Pattern.compile("export GONG_BASE_URL=(http://127\\.0\\.0\\.1:\\d+)").matcher(text);
    assertThat(m.find()).isTrue();
    String base = m.group(1);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/v2/workspaces"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("KEY1:SECRET1".getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    cmd.stop.countDown();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(cmd.running).isNull();
  }

  @Test
  void badOptionIsUsageError() {
    CommandLine cl = new CommandLine(new SimCommand());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("--fault-rate", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("faultRate");
    assertThat(cl.execute("--calls", "many")).isEqualTo(2);
  }

  @Test
  void aPortInUseSaysWhy() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      CommandLine cl = new CommandLine(new SimCommand());
      StringWriter err = new StringWriter();
      cl.setErr(new PrintWriter(err, true));
      assertThat(cl.execute("--port", String.valueOf(taken.getLocalPort()), "--calls", "5"))
          .isEqualTo(1);
      assertThat(err.toString())
          .contains("port " + taken.getLocalPort())
          .containsIgnoringCase("in use");
    }
  }

  @Test
  void saysWhichLatencyAndFaultsItInjects() throws Exception {
    SimCommand cmd = new SimCommand();
    CommandLine cl = new CommandLine(cmd);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cl.execute(
                    "--port", "0", "--calls", "5", "--latency-ms", "300", "--fault-rate", "0.2"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!out.toString().contains("Serving until stopped")
        && System.nanoTime() < deadline
        && !exit.isDone()) {
      Thread.sleep(20);
    }
    cmd.stop.countDown();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("latency 300 ms, fault rate 0.2");
  }
}
