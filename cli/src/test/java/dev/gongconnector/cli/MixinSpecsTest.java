package dev.gongconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The programmatic mixins of generated commands declare what the annotations declare. */
class MixinSpecsTest {

  @Test
  void connectionOptionsMatchTheirAnnotations() {
    ConnectionOptions options = new ConnectionOptions();
    assertEquals(describe(CommandSpec.forAnnotatedObject(options)), describe(options.mixinSpec()));
  }

  @Test
  void outputOptionsMatchTheirAnnotations() {
    OutputOptions options = new OutputOptions();
    assertEquals(describe(CommandSpec.forAnnotatedObject(options)), describe(options.mixinSpec()));
  }

  private static List<String> describe(CommandSpec spec) {
    List<String> lines = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      lines.add(
          String.join(" ", o.names())
              + " | "
              + o.paramLabel()
              + " | "
              + String.join("\n", o.description())
              + " | hidden="
              + o.hidden()
              + " negatable="
              + o.negatable()
              + " arity="
              + o.arity()
              + " type="
              + o.type().getName()
              + " candidates="
              + candidates(o));
    }
    return lines;
  }

  private static String candidates(OptionSpec option) {
    List<String> values = new ArrayList<>();
    if (option.completionCandidates() != null) option.completionCandidates().forEach(values::add);
    return String.join(",", values);
  }
}
