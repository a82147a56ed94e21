package dev.gongconnector.client.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.InvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * A base URL pasted with credentials in it is refused without echoing them, whatever the reason.
 */
class BaseUrlsSecretTest {

  @Test
  void aRefusedBaseUrlNeverEchoesItsUserInfo() {
    // An underscore makes the host unparseable, so java.net.URI reports no host (registry
    // authority).
    for (String raw :
        new String[] {
          "https://key:s3cr3t@us_1.api.gong.io",
          "https://key:s3cr3t@",
          "key:s3cr3t@us_1.api.gong.io",
          "ftp://key:s3cr3t@x.example.com",
          "http://key:s3cr3t@us-1.api.gong.io/v2"
        }) {
      assertThatThrownBy(() -> BaseUrls.normalize(raw))
          .as(raw)
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(
              e ->
                  org.assertj.core.api.Assertions.assertThat(e.getMessage() + e)
                      .doesNotContain("s3cr3t"));
    }
  }
}
