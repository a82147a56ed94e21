package dev.gongconnector.kafka;

import static dev.gongconnector.kafka.config.GongSourceConfig.*;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.client.TransportException;
import dev.gongconnector.kafka.config.GongClients;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.kafka.quota.ConnectorSlots;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/** The connector's validate step that talks to Gong: one {@code GET /v2/workspaces}. */
final class CredentialCheck {

  private CredentialCheck() {}

  static void check(Map<String, String> props, Config result) {
    for (String key : new String[] {BASE_URL, ACCESS_KEY, ACCESS_KEY_SECRET}) {
      if (value(result, key).map(v -> !v.errorMessages().isEmpty()).orElse(true))
        return; // already reported
    }
    GongClient client;
    GongSourceConfig config;
    try {
      config = new GongSourceConfig(props);
      client = GongClients.forConnector(config);
    } catch (InvalidRequestException e) {
      // The client checks the URL: https, or http only on loopback; a parseable host.
      add(
          result,
          BASE_URL,
          "Not a usable Gong base URL: "
              + e.getMessage()
              + " (expected e.g. https://us-12345.api.gong.io, shown next to the access key in Gong)");
      return;
    } catch (RuntimeException e) {
      return; // another key is invalid; ConfigDef reported it
    }
    try {
      // In a slot the tasks keep free: a connector's tasks may be running while it is validated.
      ConnectorSlots.send(
          config, GongClients.companyId(client, config), 1, () -> client.workspaces().list());
    } catch (AuthenticationException e) {
      add(
          result,
          ACCESS_KEY_SECRET,
          "Gong refused the access key and secret (401). Check both in Gong: "
              + "Company Settings -> Ecosystem -> API.");
    } catch (PermissionException e) {
      add(
          result,
          ACCESS_KEY,
          "Gong refused this key access to workspaces (403): a scope or permission is "
              + "missing.");
    } catch (TransportException e) {
      add(result, BASE_URL, "Cannot reach Gong at " + props.get(BASE_URL) + ": " + e.getMessage());
    } catch (GongException e) {
      add(
          result,
          BASE_URL,
          "Gong answered unexpectedly at " + props.get(BASE_URL) + ": " + e.getMessage());
    }
  }

  private static Optional<ConfigValue> value(Config c, String name) {
    return c.configValues().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  private static void add(Config c, String name, String message) {
    value(c, name).ifPresent(v -> v.addErrorMessage(message));
  }
}
