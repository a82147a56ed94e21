package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Stands in front of the SDK's streamable-HTTP servlet: a malformed body, a missing or unknown
 * session get a JSON-RPC error (the SDK answered them with a serialized Java exception).
 *
 * <p>Sessions are learnt from the {@code Mcp-Session-Id} header of the SDK's answers to {@code
 * initialize} and forgotten on {@code DELETE}.
 */
final class HttpSessionGuard implements Filter {

  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
  static final int SESSION_NOT_FOUND = -32001;

  private final JsonRpcLine judge;
  private final LongSupplier clock;

  /** Session id to the time of its last request (ms). */
  private final Map<String, Long> sessions = new ConcurrentHashMap<>();

  HttpSessionGuard(ObjectMapper mapper, LongSupplier clock) {
    this.judge = new JsonRpcLine(mapper);
    this.clock = clock;
  }

  /** Sessions currently known (open). */
  int sessionCount() {
    return sessions.size();
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String session = request.getHeader(SESSION_HEADER);
    String method = request.getMethod();
    if ("POST".equals(method)) {
      post(request, response, chain, session);
      return;
    }
    if ("GET".equals(method) || "DELETE".equals(method)) {
      if (session == null || !sessions.containsKey(session)) {
        sessionError(response, session);
        return;
      }
      touch(session);
      chain.doFilter(request, response);
      if ("DELETE".equals(method)) sessions.remove(session);
      return;
    }
    chain.doFilter(request, response);
  }

  private void post(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String session)
      throws IOException, ServletException {
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    JsonRpcLine.Verdict verdict = judge.judge(body, body.length, body.length > MAX_BODY_BYTES);
    if (verdict.answer() != null) {
      // Pings are answered here (at any time); everything else is an error for the client.
      boolean ping = verdict.answer().contains("\"result\"");
      json(response, ping ? 200 : 400, verdict.answer());
      return;
    }
    if (verdict.forward() == null) {
      response.setStatus(202); // a blank body or an invalid notification: nothing to answer
      return;
    }
    boolean initialize = verdict.forward().contains("\"method\":\"initialize\"");
    if (!initialize) {
      if (session == null || !sessions.containsKey(session)) {
        sessionError(response, session);
        return;
      }
      touch(session);
    }
    byte[] forwarded = verdict.forward().getBytes(StandardCharsets.UTF_8);
    chain.doFilter(new Replay(request, forwarded), new SessionCapture(response));
  }

  private void touch(String session) {
    sessions.computeIfPresent(session, (k, v) -> clock.getAsLong());
  }

  private void sessionError(HttpServletResponse response, String session) throws IOException {
    if (session == null) {
      json(
          response,
          400,
          JsonRpcLine.error(
              null,
              JsonRpcLine.INVALID_REQUEST,
              "Invalid Request: the Mcp-Session-Id header is required (send initialize first)"));
    } else {
      json(
          response,
          404,
          JsonRpcLine.error(
              null,
              SESSION_NOT_FOUND,
              "Session not found: it ended or expired; send initialize again"));
    }
  }

  private static void json(HttpServletResponse response, int status, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body);
  }

  /** Learns the session id the SDK hands out in its answer to {@code initialize}. */
  private final class SessionCapture extends HttpServletResponseWrapper {
    SessionCapture(HttpServletResponse response) {
      super(response);
    }

    private void learn(String name, String value) {
      if (SESSION_HEADER.equalsIgnoreCase(name) && value != null) {
        sessions.put(value, clock.getAsLong());
      }
    }

    @Override
    public void setHeader(String name, String value) {
      learn(name, value);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      learn(name, value);
      super.addHeader(name, value);
    }
  }

  /** The request with its body, already read here, given again to the SDK. */
  private static final class Replay extends HttpServletRequestWrapper {
    private final byte[] body;

    Replay(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already buffered");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
