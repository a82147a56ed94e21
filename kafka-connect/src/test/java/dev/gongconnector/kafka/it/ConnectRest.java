package dev.gongconnector.kafka.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The REST API of a Connect worker, in this JVM or another process. */
class ConnectRest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI rest;

  ConnectRest(URI rest) {
    this.rest = rest;
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
