package dev.gongconnector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole command line in-process ({@link Main#execute}) against a local Gong on loopback,
 * with its own environment, home directory and captured stdout/stderr.
 */
public abstract class CliTestSupport {

  protected static GongSimulator sim;

  @TempDir protected Path home;

  @BeforeAll
  static void startGong() {
    sim = GongSimulator.builder().calls(200).seed(7).rateLimitPerSecond(0).dailyLimit(0).start();
  }

  @AfterAll
  static void stopGong() {
    if (sim != null) sim.close();
  }

  /** What a command printed and returned. */
  public record Result(int code, String out, String err) {
    public JsonNode json() {
      try {
        return ResultPrinter.JSON.readTree(out);
      } catch (Exception e) {
        throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** The environment of a user whose GONG_* variables point at the test's local Gong. */
  protected Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GONG_BASE_URL", sim.baseUrl());
    env.put("GONG_ACCESS_KEY", sim.accessKey());
    env.put("GONG_ACCESS_KEY_SECRET", sim.accessKeySecret());
    return env;
  }

  protected Result gong(String... args) {
    return gongWith(env(), "", args);
  }

  protected Result gongWith(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        CliContext.of(env, home, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = Main.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }
}
