package dev.gongconnector.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.GongException;
import dev.gongconnector.client.RateLimitedException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Retry-After} in both of its forms, and absurd values that must still give a plain 429
 * error.
 */
class ErrorMapperRetryAfterTest {

  private static final byte[] BODY =
      "{\"requestId\":\"r1\",\"errors\":[\"API request limit exceeded\"]}"
          .getBytes(StandardCharsets.UTF_8);

  private static HttpHeaders retryAfter(String value) {
    return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (k, v) -> true);
  }

  @Test
  void secondsAndHttpDateAreBothRead() {
    assertThat(ErrorMapper.retryAfter(retryAfter("7"))).contains(Duration.ofSeconds(7));
    String inOneMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1));
    assertThat(ErrorMapper.retryAfter(retryAfter(inOneMinute)).orElseThrow())
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
    assertThat(ErrorMapper.retryAfter(retryAfter("Sun, 06 Nov 1994 08:49:37 GMT")))
        .contains(Duration.ZERO);
  }

  @Test
  void anAbsurdlyLongRetryAfterIsADailyLimitNotACrash() {
    for (String v :
        new String[] {"100000000000000000", "9223372036854775807", "99999999999999999999999"}) {
      GongException e = ErrorMapper.map(429, retryAfter(v), BODY);
      assertThat(e).as(v).isInstanceOf(RateLimitedException.class);
      RateLimitedException r = (RateLimitedException) e;
      assertThat(r.isDailyLimit()).as(v).isTrue();
      assertThat(r.requestId()).isEqualTo("r1");
    }
  }
}
