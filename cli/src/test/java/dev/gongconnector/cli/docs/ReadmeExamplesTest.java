package dev.gongconnector.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the READMEs (the root's and each module's) compiles against the
 * library modules. A block opens with its imports; a block that declares a class compiles as it is,
 * otherwise its statements become the body of a method that may throw. A test rather than an
 * examples module: the blocks stay in the READMEs where readers find them, and the cli module's
 * test classpath already holds every library module.
 */
class ReadmeExamplesTest {

  private static final Pattern BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
  private static final Pattern TYPE =
      Pattern.compile("(?m)^(public )?(final )?(class|record|interface) (\\w+)");

  @Test
  void everyJavaBlockOfTheReadmesCompiles(@TempDir Path dir) throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    List<Path> readmes = new ArrayList<>();
    readmes.add(root.resolve("README.md"));
    try (Stream<Path> modules = Files.list(root)) {
      modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).forEach(readmes::add);
    }
    List<String> sources = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (Path readme : readmes) {
      Matcher m = BLOCK.matcher(Files.readString(readme));
      for (int n = 1; m.find(); n++) {
        String name =
            "Readme_" + root.relativize(readme).toString().replaceAll("\\W", "_") + "_" + n;
        Path file = dir.resolve(unit(m.group(1), name));
        Files.writeString(file, source(m.group(1), name));
        sources.add(file.toString());
        origins.add(root.relativize(readme) + " block " + n + " -> " + file.getFileName());
      }
    }
    assertThat(origins).as("java blocks found").hasSizeGreaterThanOrEqualTo(5);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                dir.resolve("classes").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-proc:none",
                "-nowarn"));
    args.addAll(sources);
    int code = javac.run(null, log, log, args.toArray(new String[0]));
    assertThat(code)
        .as("%s%n%s", String.join("\n", origins), log.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  /** The file name: the declared type's, or the wrapper class's. */
  private static String unit(String block, String wrapper) {
    Matcher type = TYPE.matcher(block);
    return (type.find() ? type.group(4) : wrapper) + ".java";
  }

  /** The block as a compilation unit: imports first, statements wrapped in a method. */
  static String source(String block, String wrapper) {
    if (TYPE.matcher(block).find()) return block;
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports
        + "\nclass "
        + wrapper
        + " {\n  @SuppressWarnings(\"unused\")\n  static void example() throws Exception {\n"
        + body
        + "  }\n}\n";
  }
}
