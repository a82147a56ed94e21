package dev.gongconnector.kafka.config;

/** The plugin's version, as Connect shows it. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
