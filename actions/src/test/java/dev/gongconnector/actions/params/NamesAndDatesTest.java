package dev.gongconnector.actions.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NamesAndDatesTest {

  @Test
  void canonicalNames() {
    assertThat(Names.canonical("callTitle")).isEqualTo("call_title");
    assertThat(Names.canonical("call-title")).isEqualTo("call_title");
    assertThat(Names.canonical("call_title")).isEqualTo("call_title");
    assertThat(Names.canonical("fromDateTime")).isEqualTo("from_date_time");
    assertThat(Names.canonical("primaryUserIds")).isEqualTo("primary_user_ids");
    assertThat(Names.canonical("downloadMediaURL")).isEqualTo("download_media_url");
    assertThat(Names.canonical("add-call")).isEqualTo("add_call");
    assertThat(Names.canonical("--call-id")).isEqualTo("call_id");
    assertThat(Names.kebab("call_title")).isEqualTo("call-title");
    // Any spelling to a command or option name (the CLI's former Names, now this one normaliser).
    assertThat(Names.kebab("primaryUserIds")).isEqualTo("primary-user-ids");
    assertThat(Names.kebab("add_new_call")).isEqualTo("add-new-call");
    assertThat(Names.camel("call_title")).isEqualTo("callTitle");
  }

  @Test
  void plainDatesCoverTheWholeUtcDay() {
    assertThat(Dates.rangeStart("from_date", "2025-01-31"))
        .isEqualTo(Instant.parse("2025-01-31T00:00:00Z"));
    assertThat(Dates.rangeEnd("to_date", "2025-01-31"))
        .isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
    assertThat(Dates.rangeEnd("to_date", "2025-01-31T23:59:59-08:00"))
        .isEqualTo(Instant.parse("2025-02-01T07:59:59Z"));
  }

  @Test
  void badDatesNameTheParameter() {
    assertThatThrownBy(() -> Dates.rangeStart("from_date", "yesterday"))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("from_date"))
        .hasMessageContaining("yesterday");
    assertThatThrownBy(() -> Dates.dateTime("actual_start", "2025-01-13T01:30:00"))
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> Dates.rangeEnd("to_date", "2025-02-30"))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(
            Dates.dateTime("actual_start", "2018-02-18T02:30:00-07:00")
                .getOffset()
                .getTotalSeconds())
        .isEqualTo(-7 * 3600);
  }
}
