package dev.gongconnector.bench.sim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A minimal keep-alive HTTP/1.1 client on a raw socket, so that benchmarks measure the simulator
 * and not a client library. Not thread-safe: one per thread.
 */
final class SimHttp implements AutoCloseable {

  /** One answer: status line code, the body, and the header lines as sent. */
  record Answer(int status, List<String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String auth;

  SimHttp(int port, String accessKey, String secret) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((accessKey + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) throws IOException {
    return send("GET", path, null, auth);
  }

  Answer post(String path, byte[] json) throws IOException {
    return send("POST", path, json, auth);
  }

  /** Any method, body (null for none) and Authorization header (null for none). */
  Answer send(String method, String path, byte[] body, String authorization) throws IOException {
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\nAccept: application/json\r\n");
    if (authorization != null) {
      head.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    if (body != null) {
      out.write(body);
    }
    out.flush();
    String status = line();
    List<String> headers = new ArrayList<>();
    int length = -1;
    String l;
    while (!(l = line()).isEmpty()) {
      headers.add(l);
      int c = l.indexOf(':');
      if (c > 0 && l.substring(0, c).trim().equalsIgnoreCase("content-length")) {
        length = Integer.parseInt(l.substring(c + 1).trim());
      }
    }
    byte[] data = length < 0 ? new byte[0] : in.readNBytes(length);
    return new Answer(Integer.parseInt(status.substring(9, 12)), headers, data);
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    throw new IOException("connection closed");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
