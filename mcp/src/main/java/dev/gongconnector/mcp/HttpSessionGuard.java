package dev.gongconnector.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Stands in front of the SDK's streamable-HTTP servlet: a malformed body, a missing or unknown
 * session get a JSON-RPC error (the SDK answered them with a serialized Java exception), and it
 * keeps the sessions within their {@link SessionLimits}.
 *
 * <p>Sessions are learnt from the {@code Mcp-Session-Id} header of the SDK's answers to {@code
 * initialize} and forgotten on {@code DELETE} or when idle too long. The guard decides expiry (the
 * SDK's own sweeper is off, so the two never disagree about which sessions exist); {@link
 * #expireIdle} hands the expired ones to the caller, which ends them in the SDK.
 */
final class HttpSessionGuard implements Filter {

  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
  static final int SESSION_NOT_FOUND = -32001;
  static final int TOO_MANY_SESSIONS = -32003;

  private final JsonRpcLine judge;
  private final LongSupplier clock;
  private final SessionLimits limits;

  /** Open sessions by id. */
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** Expired sessions not yet ended in the SDK: their DELETE passes, nothing else does. */
  private final Set<String> ending = ConcurrentHashMap.newKeySet();

  /** {@code initialize} requests on their way through the SDK (each may open a session). */
  private int opening;

  /** One open session: when it was last used and how many of its requests are in progress. */
  private static final class Session {
    volatile long lastUsed;
    final AtomicInteger busy = new AtomicInteger();

    Session(long now) {
      this.lastUsed = now;
    }
  }

  HttpSessionGuard(ObjectMapper mapper, LongSupplier clock) {
    this(mapper, clock, SessionLimits.DEFAULT);
  }

  HttpSessionGuard(ObjectMapper mapper, LongSupplier clock, SessionLimits limits) {
    this.judge = new JsonRpcLine(mapper);
    this.clock = clock;
    this.limits = limits;
  }

  /** Sessions currently known (open). */
  int sessionCount() {
    return sessions.size();
  }

  /**
   * Forgets the sessions idle for longer than the limit and returns their ids, to be ended in the
   * SDK (a {@code DELETE} each, which this guard lets through); call {@link #ended} after.
   */
  List<String> expireIdle() {
    long now = clock.getAsLong();
    List<String> expired = new ArrayList<>();
    for (Map.Entry<String, Session> e : sessions.entrySet()) {
      if (idleTooLong(e.getValue(), now) && sessions.remove(e.getKey(), e.getValue())) {
        ending.add(e.getKey());
        expired.add(e.getKey());
      }
    }
    return expired;
  }

  /** The SDK has ended {@code session} (or failed to): stop letting its DELETE through. */
  void ended(String session) {
    ending.remove(session);
  }

  /** Ids expired but not yet ended in the SDK. */
  Set<String> ending() {
    return Set.copyOf(ending);
  }

  private boolean idleTooLong(Session s, long now) {
    return s.busy.get() == 0 && now - s.lastUsed >= limits.idleTimeout().toMillis();
  }

  /** The open session {@code id}, or null when unknown or idle too long (then it is expired). */
  private Session live(String id) {
    if (id == null) return null;
    Session s = sessions.get(id);
    if (s != null && idleTooLong(s, clock.getAsLong()) && sessions.remove(id, s)) {
      ending.add(id);
      return null;
    }
    return s;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String id = request.getHeader(SESSION_HEADER);
    String method = request.getMethod();
    if ("POST".equals(method)) {
      post(request, response, chain, id);
      return;
    }
    if ("DELETE".equals(method) && id != null && ending.contains(id)) {
      chain.doFilter(request, response); // the end of an expired session, in the SDK
      return;
    }
    if ("GET".equals(method) || "DELETE".equals(method)) {
      Session session = live(id);
      if (session == null) {
        sessionError(response, id);
        return;
      }
      forward(request, response, chain, session);
      if ("DELETE".equals(method)) sessions.remove(id);
      return;
    }
    chain.doFilter(request, response);
  }

  private void post(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id)
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
    HttpServletRequest replay =
        new Replay(request, verdict.forward().getBytes(StandardCharsets.UTF_8));
    if (verdict.forward().contains("\"method\":\"initialize\"")) {
      initialize(replay, response, chain);
      return;
    }
    Session session = live(id);
    if (session == null) {
      sessionError(response, id);
      return;
    }
    forward(replay, response, chain, session);
  }

  private void initialize(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    synchronized (this) {
      if (sessions.size() + opening >= limits.maxSessions()) expireIdle();
      if (sessions.size() + opening >= limits.maxSessions()) {
        long wait = secondsUntilOneExpires();
        response.setHeader("Retry-After", Long.toString(wait));
        json(
            response,
            503,
            JsonRpcLine.error(
                null,
                TOO_MANY_SESSIONS,
                "Too many sessions: "
                    + limits.maxSessions()
                    + " are open, the limit; end one with DELETE or retry in "
                    + wait
                    + " s (idle sessions end after "
                    + limits.idleTimeout().toSeconds()
                    + " s)"));
        return;
      }
      opening++;
    }
    try {
      chain.doFilter(request, new SessionCapture(response));
    } finally {
      synchronized (this) {
        opening--;
      }
    }
  }

  /**
   * Seconds until the idle session closest to its timeout expires (the timeout when all are busy).
   */
  private long secondsUntilOneExpires() {
    long now = clock.getAsLong();
    long idleMs = limits.idleTimeout().toMillis();
    long soonest = idleMs;
    for (Session s : sessions.values()) {
      if (s.busy.get() == 0) soonest = Math.min(soonest, s.lastUsed + idleMs - now);
    }
    return Math.max(1, (soonest + 999) / 1000);
  }

  /**
   * Passes a request of {@code session} to the SDK; the session counts as busy until the request
   * ends, an event stream included (the SDK answers those asynchronously).
   */
  private void forward(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, Session session)
      throws IOException, ServletException {
    session.busy.incrementAndGet();
    session.lastUsed = clock.getAsLong();
    Busy busy = new Busy(request, session);
    try {
      chain.doFilter(busy, response);
    } finally {
      if (!busy.async) busy.done();
    }
  }

  /** Marks the end of a request of a session: when it returns, or when its async part completes. */
  private final class Busy extends HttpServletRequestWrapper {
    private final Session session;
    private final AtomicBoolean finished = new AtomicBoolean();
    volatile boolean async;

    Busy(HttpServletRequest request, Session session) {
      super(request);
      this.session = session;
    }

    void done() {
      if (finished.compareAndSet(false, true)) {
        session.lastUsed = clock.getAsLong();
        session.busy.decrementAndGet();
      }
    }

    @Override
    public AsyncContext startAsync() {
      return track(super.startAsync());
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
      return track(super.startAsync(request, response));
    }

    private AsyncContext track(AsyncContext context) {
      async = true;
      context.addListener(
          new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
              done();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
              done();
            }

            @Override
            public void onError(AsyncEvent event) {
              done();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
              // restarted: still the same request
            }
          });
      return context;
    }
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
        sessions.put(value, new Session(clock.getAsLong()));
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
