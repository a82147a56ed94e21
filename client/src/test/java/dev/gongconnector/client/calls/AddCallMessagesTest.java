package dev.gongconnector.client.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.ConflictException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading Gong's 409 for a repeated clientUniqueId. Its exact text is unconfirmed, so the rules are
 * tried on plausible variants here; the HTTP path is covered by AddCallTest against the local Gong.
 */
class AddCallMessagesTest {

  private static ConflictException conflict(String message) {
    return new ConflictException(409, "r1", List.of(message), message, null);
  }

  @Test
  void recognisesAlreadyExistsButNotOtherConflicts() {
    assertThat(
            AddCall.isAlreadyExists(
                conflict("Conflict: a call with clientUniqueId 'abc' already exists: callId 42"),
                "abc"))
        .isTrue();
    assertThat(AddCall.isAlreadyExists(conflict("Call with the same clientUniqueId exists"), "zzz"))
        .isTrue();
    assertThat(AddCall.isAlreadyExists(conflict("Duplicate call abc-1"), "abc-1")).isTrue();
    assertThat(
            AddCall.isAlreadyExists(
                conflict("recording is not enabled for the primary user"), "abc"))
        .isFalse();
  }

  @Test
  void readsTheCallIdButNeverDigitsOfTheClientUniqueId() {
    assertThat(
            AddCall.idFromMessage(
                conflict(
                    "a call with clientUniqueId 'pbx-1234567' already exists: callId 7782342274025937895"),
                "pbx-1234567"))
        .contains("7782342274025937895");
    assertThat(AddCall.idFromMessage(conflict("Call 1234567 already exists"), "1234567")).isEmpty();
    assertThat(AddCall.idFromMessage(conflict("Call already exists (id 998877665544)"), "u"))
        .contains("998877665544");
    assertThat(AddCall.idFromMessage(conflict("call_id: 55"), "u")).contains("55");
    assertThat(AddCall.idFromMessage(conflict("already exists"), "u")).isEmpty();
  }
}
