package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.simulator.GongSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stdio MCP server in its own JVM, spoken to line by line through real pipes. */
final class StdioProcess implements AutoCloseable {

  static final ObjectMapper M = new ObjectMapper();
  private static final String EOF = "\u0000EOF";

  final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

  /** Every line read from stdout, in order. */
  final List<String> seen = new ArrayList<>();

  /** A server that logs warnings only. */
  StdioProcess(GongSimulator sim) throws IOException {
    this(sim, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
  }

  /** A server with these JVM options (none: it logs as an operator's would). */
  StdioProcess(GongSimulator sim, List<String> jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), McpMain.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GONG_BASE_URL", sim.baseUrl());
    pb.environment().put("GONG_ACCESS_KEY", sim.accessKey());
    pb.environment().put("GONG_ACCESS_KEY_SECRET", sim.accessKeySecret());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    process = pb.start();
    stdin = process.getOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) stdout.add(line);
              } catch (IOException e) {
                // the process ended
              }
              stdout.add(EOF);
            },
            "stdio-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  void send(String line) throws IOException {
    send(line.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] line) throws IOException {
    stdin.write(line);
    stdin.write('\n');
    stdin.flush();
  }

  void closeStdin() throws IOException {
    stdin.close();
  }

  /** The next stdout line as JSON, or null when stdout ended or nothing came within 60 s. */
  JsonNode next() throws Exception {
    String line = stdout.poll(60, TimeUnit.SECONDS);
    if (line == null || line.equals(EOF)) return null;
    seen.add(line);
    return M.readTree(line);
  }

  /** Reads until the answer with this id (other lines are kept in {@link #seen}). */
  JsonNode answerTo(JsonNode id) throws Exception {
    JsonNode line;
    while ((line = next()) != null) {
      if (line.has("id") && line.get("id").equals(id)) return line;
    }
    return null;
  }

  static String initialize(Object id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
  }

  static String initialized() {
    return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
  }

  static String request(Object id, String method) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"}";
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
