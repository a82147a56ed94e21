package dev.gongconnector.cli.connection;

import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.internal.BaseUrls;

/**
 * The client's base URL rules (https, or http on loopback for a local Gong; a host) checked where
 * the URL is given, so that a bad one is a usage error naming its source, not an unexpected error
 * later, and {@code gong configure --no-verify} never saves a profile every later command refuses.
 */
final class BaseUrlCheck {

  private BaseUrlCheck() {}

  /** The URL normalized as the client will use it, else a usage error. */
  static String check(String url, String source) {
    if (!url.strip().contains("://")) {
      throw new CliUsageException(
          "the base URL from "
              + source
              + " must start with https:// (got '"
              + url.strip()
              + "', expected e.g. https://us-12345.api.gong.io)");
    }
    try {
      return BaseUrls.normalize(url).toString();
    } catch (GongException e) {
      throw new CliUsageException(
          "the base URL from "
              + source
              + " "
              + e.getMessage().replaceFirst("^baseUrl:?\\s*", "")
              + " (expected e.g. https://us-12345.api.gong.io)");
    }
  }
}
