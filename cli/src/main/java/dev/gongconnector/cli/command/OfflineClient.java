package dev.gongconnector.cli.command;

import dev.gongconnector.client.GongClient;

/**
 * A client that is never contacted, for actions that only check parameters or only read the local
 * library: it points at the discard port of the loopback and holds no real credentials.
 */
public final class OfflineClient {

  private OfflineClient() {}

  public static GongClient create() {
    return GongClient.builder()
        .baseUrl("http://127.0.0.1:9")
        .credentials("offline", "offline")
        .build();
  }
}
