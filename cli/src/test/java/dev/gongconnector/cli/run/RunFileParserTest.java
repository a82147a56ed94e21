package dev.gongconnector.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.cli.CliUsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunFileParserTest {

  static final String SEED_ADD_CALL =
      String.join(
          "\n",
          "/your-gong-connection",
          "action: add-call",
          "actual-start: 2025-01-13T01:30:00-08:00",
          "client-unique-id: unique_call_id_12345",
          "download-media-url: https://example.com/path/to/call.mp3",
          "call-title: Sales Call with Jane Smith",
          "direction: Outbound",
          "disposition: Intro Call",
          "participants: [{\"emailAddress\": \"john.doe@example.com\", \"mediaChannelId\": 1, \"name\": \"John Doe\", "
              + "\"userId\": \"gong_user_id_12345\"}, {\"mediaChannelId\": 0, \"name\": \"Jane Smith\", "
              + "\"phoneNumber\": \"+1 555-555-1212\"}]",
          "primary-user: gong_user_id_12345");

  @Test
  void parsesTheSeedExampleWithColonsInValues() {
    List<RunBlock> blocks = RunFileParser.parse(SEED_ADD_CALL);
    assertThat(blocks).hasSize(1);
    RunBlock block = blocks.get(0);
    assertThat(block.action()).isEqualTo("add-call");
    assertThat(block.actionLine()).isEqualTo(2);
    assertThat(block.entries())
        .extracting(RunBlock.Entry::key)
        .containsExactly(
            "actual-start",
            "client-unique-id",
            "download-media-url",
            "call-title",
            "direction",
            "disposition",
            "participants",
            "primary-user");
    assertThat(block.entries().get(0).value()).isEqualTo("2025-01-13T01:30:00-08:00");
    assertThat(block.entries().get(2).value()).isEqualTo("https://example.com/path/to/call.mp3");
    assertThat(block.entries().get(6).value()).startsWith("[{").endsWith("}]");
    assertThat(block.entries().get(7).line()).isEqualTo(10);
  }

  @Test
  void severalBlocksCommentsBlankLinesAndMultiLineJson() {
    String text =
        String.join(
            "\n",
            "# two requests",
            "action: get-call",
            "call-id: 123",
            "",
            "action: search-calls",
            "keywords: [",
            "  \"sales\",",
            "  \"demo ]\"",
            "]",
            "---",
            "call-id: 9",
            "action: get_call");
    List<RunBlock> blocks = RunFileParser.parse(text);
    assertThat(blocks)
        .extracting(RunBlock::action)
        .containsExactly("get-call", "search-calls", "get_call");
    assertThat(blocks.get(1).entries().get(0).value()).contains("\"demo ]\"").endsWith("]");
    assertThat(blocks.get(2).line()).isEqualTo(11);
  }

  @Test
  void errorsNameTheLine() {
    assertThatThrownBy(() -> RunFileParser.parse("action: get-call\ncall-id 123"))
        .isInstanceOf(CliUsageException.class)
        .hasMessage("line 2: expected 'key: value', got 'call-id 123'");
    assertThatThrownBy(() -> RunFileParser.parse("\n\ncall-id: 1\n"))
        .hasMessageStartingWith("line 3: this request has no 'action:' line");
    assertThatThrownBy(() -> RunFileParser.parse("action: get-call\ncall-id: 1\ncall_id: 2"))
        .hasMessage("line 3: 'call_id' given twice (first on line 2)");
    assertThatThrownBy(
            () ->
                RunFileParser.parse("action: add-call\nparticipants: [{\"name\": \"x\"}\nfoo: bar"))
        .hasMessageStartingWith("line 2: 'participants': the JSON value is not closed");
    assertThatThrownBy(() -> RunFileParser.parse("action:\n"))
        .hasMessageStartingWith("line 1: 'action:' needs a name");
    assertThatThrownBy(() -> RunFileParser.parse("# nothing\n\n"))
        .hasMessageStartingWith("no request found");
  }
}
