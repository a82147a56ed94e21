package dev.gongconnector.mcp;

/**
 * How to run the MCP server (the options of {@code gong mcp}).
 *
 * @param http serve streamable HTTP instead of stdio
 * @param host the interface to bind for HTTP; {@code 127.0.0.1} unless told otherwise
 * @param port the HTTP port; 0 picks a free one
 * @param token the bearer token HTTP clients must send, or null to read {@code GONG_MCP_TOKEN} or
 *     generate one
 * @param allowWrites offer write tools ({@code add_new_call}, {@code upload_call_media})
 * @param sim run against an embedded local Gong (simulator) instead of the credentials in the
 *     environment
 */
public record McpSettings(
    boolean http, String host, int port, String token, boolean allowWrites, boolean sim) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8765;

  /** Environment variable of the HTTP bearer token. */
  public static final String ENV_TOKEN = "GONG_MCP_TOKEN";

  public McpSettings {
    if (host == null || host.isBlank()) host = DEFAULT_HOST;
    if (port < 0 || port > 65_535)
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
  }

  /** stdio, read-only, credentials from the environment. */
  public static McpSettings stdio() {
    return new McpSettings(false, DEFAULT_HOST, DEFAULT_PORT, null, false, false);
  }

  @Override
  public String toString() {
    // Never print the token.
    return "McpSettings[http="
        + http
        + ", host="
        + host
        + ", port="
        + port
        + ", token="
        + (token == null ? "none" : "***")
        + ", allowWrites="
        + allowWrites
        + ", sim="
        + sim
        + "]";
  }
}
