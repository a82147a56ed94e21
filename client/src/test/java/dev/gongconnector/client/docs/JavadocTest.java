package dev.gongconnector.client.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc of the client's public API builds without a warning: the JDK's javadoc tool with
 * every doclint check (broken links, bad HTML, wrong tags, unknown parameters, and "missing": a
 * public class, method, constructor, enum constant or record component without a comment, or a
 * parameter or result without its tag). Runs in {@code mvn verify}, so no plugin download is
 * needed, and a new public method without documentation fails the build.
 */
class JavadocTest {

  @Test
  void publicApiJavadocHasNoWarnings(@TempDir Path out) throws Exception {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    ToolProvider javadoc = ToolProvider.findFirst("javadoc").orElseThrow();
    StringWriter log = new StringWriter();
    String[] args = {
      "-quiet",
      "-Xdoclint:all",
      "-Werror",
      "-d",
      out.toString(),
      "-cp",
      System.getProperty("java.class.path"),
      "-sourcepath",
      sources.toString(),
      "-subpackages",
      "dev.gongconnector.client",
      "-exclude",
      "dev.gongconnector.client.internal"
    };
    PrintWriter writer = new PrintWriter(log, true);
    int code = javadoc.run(writer, writer, args);
    assertThat(log.toString()).doesNotContain("warning").doesNotContain("error");
    assertThat(code).isZero();
    assertThat(Files.exists(out.resolve("index.html"))).isTrue();
  }
}
