package dev.gongconnector.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code gong --version}: the project version (filtered into a resource by Maven) and the Java
 * runtime.
 */
public final class VersionProvider implements IVersionProvider {

  /** The version of the command line, e.g. {@code 0.1.0-SNAPSHOT}, or "unknown" outside a build. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) return "unknown";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The lines of {@code gong --version}: the command line's version, then the Java runtime. */
  static String[] lines() {
    return new String[] {
      "gong " + version() + " (gong-connector: Gong REST API v2 from the command line)",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  @Override
  public String[] getVersion() {
    return lines();
  }
}
