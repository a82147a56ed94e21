package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A certificate the client does not trust cannot heal: it is reported at once, never retried. */
class TlsNoRetryTest {

  @Test
  void anUntrustedCertificateIsNotRetried(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "local",
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keystore.toFile())) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);

    AtomicInteger connections = new AtomicInteger();
    try (SSLServerSocket server =
        (SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (SSLSocket s = (SSLSocket) server.accept()) {
                    connections.incrementAndGet();
                    s.setSoTimeout(10_000);
                    s.startHandshake();
                  } catch (Exception e) {
                    // the client refuses the certificate; the next connection would be a retry
                  }
                }
              },
              "tls-test-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
      GongClient gong =
          GongClient.builder()
              .baseUrl("https://127.0.0.1:" + server.getLocalPort())
              .credentials("k", "secret-value")
              .rateLimitPerSecond(0)
              .retryBudget(Duration.ofMinutes(2))
              .build();
      GongException e = catchThrowableOfType(() -> gong.workspaces().list(), GongException.class);
      assertThat(e).isNotNull();
      assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
      assertThat(e.getMessage()).doesNotContain("gave up after").doesNotContain("secret-value");
      assertThat(connections.get()).as("one connection, no retry").isEqualTo(1);
    }
  }
}
