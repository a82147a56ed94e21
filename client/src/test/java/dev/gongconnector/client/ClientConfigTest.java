package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.internal.BaseUrls;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Configuration: base URL forms, https rule, what build() names, environment, no secret in
 * toString.
 */
class ClientConfigTest {

  @Test
  void baseUrlAcceptsEveryFormUsersPaste() {
    for (String s :
        new String[] {
          "https://us-12345.api.gong.io",
          "https://us-12345.api.gong.io/",
          "https://us-12345.api.gong.io/v2",
          "https://us-12345.api.gong.io/v2/",
          "us-12345.api.gong.io",
          "HTTPS://US-12345.api.gong.io/V2"
        }) {
      assertThat(BaseUrls.normalize(s).toString()).as(s).isEqualTo("https://us-12345.api.gong.io");
    }
    assertThat(BaseUrls.normalize("http://127.0.0.1:8080/v2/").toString())
        .isEqualTo("http://127.0.0.1:8080");
    assertThat(BaseUrls.normalize("http://localhost:9/").toString())
        .isEqualTo("http://localhost:9");
    assertThat(BaseUrls.normalize("http://[::1]:9").toString()).isEqualTo("http://[::1]:9");
    assertThat(BaseUrls.normalize("https://proxy.example.com/gong/v2").toString())
        .isEqualTo("https://proxy.example.com/gong");
  }

  @Test
  void plainHttpIsRefusedExceptOnLoopback() {
    assertThatThrownBy(() -> BaseUrls.normalize("http://us-12345.api.gong.io"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("https")
        .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("baseUrl"));
    assertThatThrownBy(() -> BaseUrls.normalize("ftp://x.example.com"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> BaseUrls.normalize("https://"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void buildNamesWhatIsMissing() {
    assertThatThrownBy(() -> GongClient.builder().credentials("k", "s").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> GongClient.builder().baseUrl("https://api.gong.io").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> GongClient.builder().credentials("k", " "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("accessKeySecret");
    assertThatThrownBy(() -> GongClient.builder().maxAttempts(0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void environmentNamesTheMissingVariable() {
    assertThatThrownBy(() -> GongClient.builder().fromEnvironment(Map.of()).build())
        .hasMessageContaining("GONG_BASE_URL");
    assertThatThrownBy(
            () ->
                GongClient.builder()
                    .fromEnvironment(
                        Map.of("GONG_BASE_URL", "https://us-1.api.gong.io", "GONG_ACCESS_KEY", "k"))
                    .build())
        .hasMessageContaining("GONG_ACCESS_KEY_SECRET");
    GongClient c =
        GongClient.builder()
            .fromEnvironment(
                Map.of(
                    "GONG_BASE_URL",
                    "https://us-1.api.gong.io/v2/",
                    "GONG_ACCESS_KEY",
                    "KEYID",
                    "GONG_ACCESS_KEY_SECRET",
                    "topsecret"))
            .build();
    assertThat(c.config().baseUrl().toString()).isEqualTo("https://us-1.api.gong.io");
    assertThat(c.config().credentials().accessKey()).isEqualTo("KEYID");
  }

  @Test
  void toStringNeverShowsTheSecretOrToken() {
    GongClient basic =
        GongClient.builder()
            .baseUrl("https://us-1.api.gong.io")
            .credentials("KEYID", "topsecret-123")
            .build();
    GongClient bearer =
        GongClient.builder().baseUrl("https://us-1.api.gong.io").bearerToken("tok-456").build();
    for (Object o :
        new Object[] {
          basic, basic.config(), basic.config().credentials(), bearer, bearer.config()
        }) {
      assertThat(o.toString())
          .doesNotContain("topsecret-123")
          .doesNotContain("tok-456")
          .doesNotContain("Basic ")
          .doesNotContain("Bearer tok");
    }
    assertThat(basic.toString()).contains("KEYID");
    assertThat(bearer.config().credentials().authorizationHeader()).isEqualTo("Bearer tok-456");
  }

  @Test
  void variantsKeepWhatTheyDoNotChange() {
    GongClient a =
        GongClient.builder().baseUrl("https://us-1.api.gong.io").credentials("k", "s").build();
    GongClient b = a.newBuilder().maxAttempts(2).build();
    GongClient c = a.newBuilder().rateLimitPerSecond(10).build();
    assertThat(b.config().maxAttempts()).isEqualTo(2);
    assertThat(b.config().rateLimitPerSecond()).isEqualTo(3);
    assertThat(c.config().rateLimitPerSecond()).isEqualTo(10);
    assertThat(a.config().maxAttempts()).isEqualTo(5);
  }
}
