package dev.gongconnector.kafka.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** The REST API of a Connect worker, in this JVM or another process. */
class ConnectRest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI rest;

  ConnectRest(URI rest) {
    this.rest = rest;
  }

  /**
   * What every test worker shares: a distributed worker of {@code group} on one broker (internal
   * topics with one replica and partition, offsets flushed often), string keys and JSON values,
   * plugins found through {@code META-INF/services} under {@code pluginPath}.
   */
  static Map<String, String> workerProperties(
      String bootstrap, String group, String listeners, String pluginPath) {
    Map<String, String> p = new HashMap<>();
    p.put("bootstrap.servers", bootstrap);
    p.put("group.id", group);
    p.put("listeners", listeners);
    p.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    p.put("config.storage.topic", group + "-configs");
    p.put("offset.storage.topic", group + "-offsets");
    p.put("status.storage.topic", group + "-status");
    p.put("config.storage.replication.factor", "1");
    p.put("offset.storage.replication.factor", "1");
    p.put("status.storage.replication.factor", "1");
    p.put("offset.storage.partitions", "1");
    p.put("status.storage.partitions", "1");
    p.put("offset.flush.interval.ms", "300");
    p.put("plugin.path", pluginPath);
    p.put("plugin.discovery", "service_load");
    return p;
  }

  /** PUT /connectors/{name}/config: creates or updates. */
  String putConnector(String name, String json) throws IOException, InterruptedException {
    return send("PUT", "/connectors/" + name + "/config", json, 201, 200);
  }

  String validate(String json) throws IOException, InterruptedException {
    return send("PUT", "/connector-plugins/GongSourceConnector/config/validate", json, 200);
  }

  /** POST /connectors/{name}/restart: the connector instance only, its tasks keep running. */
  void restartConnector(String name) throws IOException, InterruptedException {
    send("POST", "/connectors/" + name + "/restart", null, 204, 202, 200);
  }

  String status(String name) throws IOException, InterruptedException {
    return send("GET", "/connectors/" + name + "/status", null, 200, 404);
  }

  String get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, 200, 404);
  }

  void deleteConnector(String name) throws IOException, InterruptedException {
    send("DELETE", "/connectors/" + name, null, 204, 404);
  }

  private String send(String method, String path, String body, int... ok)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(rest.resolve(path)).header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (int s : ok) if (r.statusCode() == s) return r.body();
    throw new IllegalStateException(
        method + " " + path + " -> " + r.statusCode() + ": " + r.body());
  }
}
