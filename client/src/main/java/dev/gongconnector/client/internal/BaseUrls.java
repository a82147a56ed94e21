package dev.gongconnector.client.internal;

import dev.gongconnector.client.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Normalises the base URL users paste: with or without {@code /v2}, with or without a trailing
 * slash.
 */
public final class BaseUrls {

  private BaseUrls() {}

  /**
   * Returns {@code scheme://host[:port][/prefix]} without {@code /v2} and trailing slashes.
   * Requires https, except on loopback (127.0.0.1, localhost, [::1]) where http is allowed for the
   * local simulator.
   */
  public static URI normalize(String raw) {
    String s = raw.strip();
    if (!s.contains("://")) {
      s = "https://" + s;
    }
    URI u;
    try {
      u = new URI(s);
    } catch (URISyntaxException e) {
      throw InvalidRequestException.ofField("baseUrl", "is not a valid URL: " + e.getReason());
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    String host = u.getHost();
    if (host == null || host.isEmpty()) {
      throw InvalidRequestException.ofField("baseUrl", "has no host: " + redact(raw));
    }
    if (u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
      throw InvalidRequestException.ofField(
          "baseUrl", "must not carry a query, fragment or user info");
    }
    boolean loopback = isLoopback(host);
    if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
      throw InvalidRequestException.ofField(
          "baseUrl",
          "must use https (http is allowed only for a local simulator on 127.0.0.1/localhost): "
              + redact(raw));
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.toLowerCase(Locale.ROOT).endsWith("/v2")) {
      path = path.substring(0, path.length() - 3);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String authority = u.getRawAuthority();
    return URI.create(scheme + "://" + authority.toLowerCase(Locale.ROOT) + path);
  }

  /**
   * {@code raw} for an error message, with any user info ({@code key:secret@}) before the host
   * masked: a URL whose host does not parse (e.g. an underscore) has no user info for {@link URI}
   * but may still carry one.
   */
  static String redact(String raw) {
    return raw.replaceFirst("^((?:[^/@]*//)?)[^/?#]*@", "$1***@");
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("127.0.0.1")
        || h.equals("[::1]")
        || h.equals("::1")
        || h.startsWith("127.");
  }
}
