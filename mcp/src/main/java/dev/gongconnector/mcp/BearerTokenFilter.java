package dev.gongconnector.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Guards the HTTP endpoint: every request needs {@code Authorization: Bearer <token>} (compared in
 * constant time), and a browser {@code Origin} must be local, as the MCP transport spec asks,
 * against DNS rebinding. Answers 401 / 403 with a small JSON body; never echoes the token.
 */
final class BearerTokenFilter implements Filter {

  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final byte[] expected;
  private final Set<String> allowedOriginHosts;

  BearerTokenFilter(String token, Set<String> extraOriginHosts) {
    if (token == null || token.isBlank()) throw new IllegalArgumentException("token is required");
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.allowedOriginHosts = extraOriginHosts;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    if (origin != null && !originAllowed(origin)) {
      deny(response, 403, "forbidden", "Origin not allowed");
      return;
    }
    String header = request.getHeader("Authorization");
    byte[] given = header == null ? new byte[0] : header.strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"gong-mcp\"");
      deny(
          response,
          401,
          "unauthorized",
          header == null
              ? "Authorization: Bearer <token> is required"
              : "the bearer token is not valid");
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean originAllowed(String origin) {
    if (origin.equals("null")) return false;
    try {
      String host = URI.create(origin).getHost();
      if (host == null) return false;
      host = host.toLowerCase(Locale.ROOT);
      return LOCAL_HOSTS.contains(host) || allowedOriginHosts.contains(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void deny(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
  }
}
