package dev.gongconnector.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Gong's OpenAPI export ({@code ../shared/gong-openapi.json} beside the repository root, 555 KB, so
 * not copied into the repo). Without it the schema tests are skipped with a message, except on CI
 * ({@code CI=true}), where a missing file fails them loudly. {@code -Dgong.openapi=PATH} overrides
 * the location.
 */
public final class OpenApiSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile OpenApiSpec loaded;

  private final JsonNode root;

  private OpenApiSpec(JsonNode root) {
    this.root = root;
  }

  /** The spec, or skips (fails on CI) the calling test when the file is absent. */
  public static OpenApiSpec load() {
    OpenApiSpec s = loaded;
    if (s != null) {
      return s;
    }
    Path file = locate();
    if (file == null || !Files.isRegularFile(file)) {
      String msg =
          "Gong's OpenAPI export not found (looked for ../shared/gong-openapi.json beside the"
              + " repository root, or -Dgong.openapi=PATH): "
              + file;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(msg + "; on CI the schema-conformance tests must run");
      }
      Assumptions.abort(msg + "; schema-conformance tests skipped");
    }
    try {
      s = new OpenApiSpec(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    loaded = s;
    return s;
  }

  private static Path locate() {
    String override = System.getProperty("gong.openapi");
    if (override != null && !override.isBlank()) {
      return Paths.get(override);
    }
    // Surefire runs in the module directory; the repository root is the first ancestor with .ci/.
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".ci")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        Path parent = p.getParent();
        return parent == null ? null : parent.resolve("shared").resolve("gong-openapi.json");
      }
    }
    return null;
  }

  /**
   * The schema of the answer with {@code status} of an operation, e.g. {@code ("GET",
   * "/v2/settings/trackers", 200)}; fails the test when the spec has none.
   */
  /** Whether the spec documents a JSON answer for {@code status} of the operation. */
  public boolean documents(String method, String pathTemplate, int status) {
    return !root.path("paths")
        .path(pathTemplate)
        .path(method.toLowerCase(Locale.ROOT))
        .path("responses")
        .path(Integer.toString(status))
        .path("content")
        .path("application/json")
        .path("schema")
        .isMissingNode();
  }

  public JsonNode responseSchema(String method, String pathTemplate, int status) {
    JsonNode op = root.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
    Assertions.assertFalse(op.isMissingNode(), "the spec has no " + method + " " + pathTemplate);
    JsonNode schema =
        op.path("responses")
            .path(Integer.toString(status))
            .path("content")
            .path("application/json")
            .path("schema");
    Assertions.assertFalse(
        schema.isMissingNode(),
        "the spec has no JSON schema for " + status + " of " + method + " " + pathTemplate);
    return schema;
  }

  /** Follows a {@code $ref} (only local {@code #/...} references occur in Gong's export). */
  JsonNode resolve(JsonNode schema) {
    int guard = 0;
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/") || ++guard > 20) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      JsonNode n = root;
      for (String part : ref.substring(2).split("/")) {
        n = n.path(part.replace("~1", "/").replace("~0", "~"));
      }
      if (n.isMissingNode()) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
      schema = n;
    }
    return schema;
  }
}
