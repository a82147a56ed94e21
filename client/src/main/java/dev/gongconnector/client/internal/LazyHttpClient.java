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
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} made on first use. Building the JDK's client sets up TLS and starts a
 * selector thread (a tenth of a second or more at start-up), and many clients never send: the ones
 * that only describe actions for help texts and schemas, or check parameters.
 */
public final class LazyHttpClient extends HttpClient {

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
    return new LazyHttpClient(
        () -> {
          HttpClient.Builder b =
              HttpClient.newBuilder()
                  .connectTimeout(connectTimeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .version(HttpClient.Version.HTTP_1_1);
          return (plain ? LazyTls.deferred(b) : b).build();
        });
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
