package dev.gongconnector.client.internal;

import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * TLS set up only when a TLS connection is made, for clients of an {@code http://} base URL (the
 * local Gong on loopback). The JDK's {@link HttpClient} asks for the default {@link SSLContext}
 * when it is built, which loads the trusted certificates and the providers' algorithms: most of the
 * set-up time of a client that then sends plain HTTP. An {@code https} URL it meets anyway (a media
 * URL) gets the JDK's default context and its usual checks.
 */
public final class LazyTls {

  private LazyTls() {}

  /** Configures {@code builder} to defer TLS set-up until the first TLS connection. */
  public static HttpClient.Builder deferred(HttpClient.Builder builder) {
    // Parameters left unset keep the engine's defaults, which are the default context's.
    return builder.sslContext(new Deferred()).sslParameters(new SSLParameters());
  }

  private static final class Deferred extends SSLContext {
    Deferred() {
      super(new Spi(), null, "TLS");
    }
  }

  private static final class Spi extends SSLContextSpi {

    private static SSLContext real() {
      try {
        return SSLContext.getDefault();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("no default TLS context", e);
      }
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr)
        throws KeyManagementException {
      throw new KeyManagementException("the deferred TLS context uses the JDK's default");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return real().getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return real().getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return real().createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return real().createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return real().getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return real().getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return real().getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return real().getSupportedSSLParameters();
    }
  }
}
