package dev.gongconnector.client.internal;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The client's {@link System.Logger}, looked up on first use rather than when a class loads. The
 * client logs only at DEBUG and TRACE; a process that sets the system property {@value
 * #OFF_PROPERTY} to {@code off} (the command line, unless logging is configured) skips the lookup
 * altogether, which spares a short-lived process starting java.util.logging for messages it would
 * never show.
 */
public final class ClientLog implements System.Logger {

  /** The system property that turns the client's logging off when {@code off}. */
  public static final String OFF_PROPERTY = "gong.client.logging";

  private static final String NAME = "dev.gongconnector.client";

  private ClientLog() {}

  /** The client's logger. */
  public static System.Logger get() {
    return new ClientLog();
  }

  private static final class Holder {
    static final System.Logger LOGGER =
        "off".equals(System.getProperty(OFF_PROPERTY)) ? null : System.getLogger(NAME);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isLoggable(Level level) {
    return Holder.LOGGER != null && Holder.LOGGER.isLoggable(level);
  }

  @Override
  public void log(Level level, Supplier<String> message) {
    if (Holder.LOGGER != null) Holder.LOGGER.log(level, message);
  }

  @Override
  public void log(Level level, String message) {
    if (Holder.LOGGER != null) Holder.LOGGER.log(level, message);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    if (Holder.LOGGER != null) Holder.LOGGER.log(level, bundle, message, thrown);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    if (Holder.LOGGER != null) Holder.LOGGER.log(level, bundle, format, params);
  }
}
