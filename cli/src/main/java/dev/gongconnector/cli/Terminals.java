package dev.gongconnector.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal. Java 17 only tells whether stdin and stdout both are ({@link
 * System#console()}), so: {@code bin/gong} passes what the shell knows ({@code [ -t 2 ]}) as the
 * system property {@code gong.stderr.tty}; else, on Linux, file descriptor 2 is a terminal device;
 * else the console decides.
 */
final class Terminals {

  static final String PROPERTY = "gong.stderr.tty";

  private Terminals() {}

  static boolean stderrIsTerminal(boolean console) {
    String told = System.getProperty(PROPERTY);
    if (told != null) return Boolean.parseBoolean(told);
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return console;
    }
  }
}
