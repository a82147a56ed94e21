package dev.gongconnector.client.internal;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} made on first use. Building the JDK's client sets up TLS and starts a
 * selector thread (a tenth of a second or more at start-up), and many clients never send: the ones
 * that only describe actions for help texts and schemas, or check parameters.
 */
public final class LazyHttpClient extends HttpClient {

  /** {@code GongClient}'s connect timeout unless one is chosen. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Taken: the prepared client was used, or the process's first client needed none. */
  private static final Prepared TAKEN = new Prepared(false, Duration.ZERO, null);

  /** A JDK client made ahead of need ({@link #prepare}); null until then, then TAKEN. */
  private static final AtomicReference<Prepared> PREPARED = new AtomicReference<>();

  private record Prepared(boolean plain, Duration connectTimeout, FutureTask<HttpClient> task) {}

  private final Supplier<HttpClient> factory;
  private volatile HttpClient client;

  /** A client that calls {@code factory} once, when the first request is sent. */
  public LazyHttpClient(Supplier<HttpClient> factory) {
    this.factory = factory;
  }

  /**
   * The client of a {@code GongClient}: HTTP/1.1, no redirects (Gong never redirects an API call;
   * following one could send the credentials elsewhere), made on first send. For an {@code http://}
   * base URL (a local Gong) TLS is set up only if an https URL turns up.
   */
  public static LazyHttpClient forBaseUrl(URI baseUrl, Duration connectTimeout) {
    boolean plain = "http".equalsIgnoreCase(baseUrl.getScheme());
    return new LazyHttpClient(() -> preparedOrNew(plain, connectTimeout));
  }

  /**
   * Makes now, on the calling thread, the JDK client that the process's first client of a base URL
   * with this scheme and connect timeout will send with: for a process that knows early which Gong
   * it will talk to (the command line reads {@code GONG_BASE_URL}) and has a second thread to
   * spare. Building the JDK client, and the TLS set-up of an {@code https} URL, is a good part of a
   * one-request command. Does nothing once the process's first client has its JDK client; a
   * prepared client nobody matches is left unused.
   */
  public static void prepare(URI baseUrl, Duration connectTimeout) {
    boolean plain = "http".equalsIgnoreCase(baseUrl.getScheme());
    Prepared p =
        new Prepared(plain, connectTimeout, new FutureTask<>(() -> build(plain, connectTimeout)));
    if (PREPARED.compareAndSet(null, p)) p.task().run();
  }

  /**
   * The prepared client when it matches and the process's first client asks (waiting while another
   * thread builds it), else a new one.
   */
  private static HttpClient preparedOrNew(boolean plain, Duration connectTimeout) {
    Prepared p = PREPARED.getAndSet(TAKEN);
    if (p != null
        && p != TAKEN
        && p.plain() == plain
        && p.connectTimeout().equals(connectTimeout)) {
      p.task().run(); // builds it here unless the preparing thread has begun (then only waits)
      try {
        return p.task().get();
      } catch (ExecutionException e) {
        // the preparation failed: build it here, where a failure is reported
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return build(plain, connectTimeout);
  }

  private static HttpClient build(boolean plain, Duration connectTimeout) {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    return (plain ? LazyTls.deferred(b) : b).build();
  }

  /** The real client, made now if it was not yet. */
  public HttpClient get() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) client = c = factory.get();
      }
    }
    return c;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return get().send(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return get().sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return get().sendAsync(request, handler, pushPromiseHandler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return get().cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return get().connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return get().followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return get().proxy();
  }

  @Override
  public SSLContext sslContext() {
    return get().sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return get().sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return get().authenticator();
  }

  @Override
  public Version version() {
    return get().version();
  }

  @Override
  public Optional<Executor> executor() {
    return get().executor();
  }
}
