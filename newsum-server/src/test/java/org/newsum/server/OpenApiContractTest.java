package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI description matches the server: every documented path, method and status
 * is produced by a real request, and each response has the documented fields and types.
 */
class OpenApiContractTest {
  private static final String SUMMARIZE = "/api/summarize";
  private static final String STORIES = "/api/stories";
  private static TestServer server;
  private static JsonNode spec;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(ServerConfig.defaults().withLimits(16 * 1024, 10));
    try (InputStream in = NewsumServer.class.getResourceAsStream("/org/newsum/server/web/openapi.json")) {
      spec = TestServer.JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A request that makes the server answer with the given status, per documented operation. */
  private static Map<String, Supplier<HttpResponse<String>>> examples() {
    String valid = TestServer.request(TestServer.INLINE_ARTICLES).put("words", 30).toString();
    String stories = StoriesApiTest.feed().put("sentences", 2).toString();
    Map<String, Supplier<HttpResponse<String>>> examples = new java.util.LinkedHashMap<>();
    examples.put("GET /health 200", () -> server.get("/health"));
    examples.put("GET /api/methods 200", () -> server.get("/api/methods"));
    examples.put("POST /api/summarize 200", () -> server.post(SUMMARIZE, valid));
    examples.put("POST /api/summarize 400", () -> server.post(SUMMARIZE, "{\"docs\":[]}"));
    examples.put("POST /api/summarize 413", () -> server.post(SUMMARIZE, "{\"docs\":[{\"text\":\"" + "x".repeat(20_000) + "\"}]}"));
    examples.put("POST /api/summarize 415", () -> server.send(java.net.http.HttpRequest.newBuilder(server.uri(SUMMARIZE))
        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(valid)).build()));
    examples.put("POST /api/summarize 503", () -> busyResponse(SUMMARIZE, TestServer.request(TestServer.INLINE_ARTICLES).toString()));
    examples.put("POST /api/stories 200", () -> server.post(STORIES, stories));
    examples.put("POST /api/stories 400", () -> server.post(STORIES, "{\"articles\":[{\"id\":\"a\"}]}"));
    examples.put("POST /api/stories 413", () -> server.post(STORIES, "{\"articles\":[{\"text\":\"" + "x".repeat(20_000) + "\"}]}"));
    examples.put("POST /api/stories 415", () -> server.send(java.net.http.HttpRequest.newBuilder(server.uri(STORIES))
        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(stories)).build()));
    examples.put("POST /api/stories 503", () -> busyResponse(STORIES, stories));
    return examples;
  }

  @Test
  void theServedDescriptionIsTheOneInTheJar() {
    HttpResponse<String> served = server.get("/openapi.json");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(served)).isEqualTo(spec);
    assertThat(spec.path("openapi").asText()).startsWith("3.");
  }

  @Test
  void everyDocumentedResponseIsServedWithTheDocumentedShape() {
    Map<String, Supplier<HttpResponse<String>>> examples = examples();
    List<String> documented = new ArrayList<>();
    spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      op.getValue().path("responses").properties().forEach(r -> {
        String key = op.getKey().toUpperCase() + " " + path.getKey() + " " + r.getKey();
        documented.add(key);
        assertThat(examples).as("the test has a request for " + key).containsKey(key);
        HttpResponse<String> response = examples.get(key).get();
        assertThat(response.statusCode()).as(key + ": " + response.body()).isEqualTo(Integer.parseInt(r.getKey()));
        JsonNode schema = r.getValue().path("content").path("application/json").path("schema");
        List<String> problems = new ArrayList<>();
        validate(TestServer.json(response), schema, key, problems);
        assertThat(problems).as(key).isEmpty();
      });
    }));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(examples.keySet());
  }

  @Test
  void theValidatorNoticesAMissingOrMistypedField() {
    JsonNode summary = spec.at("/components/schemas/Summary");
    List<String> problems = new ArrayList<>();
    validate(TestServer.JSON.createObjectNode().put("id", 3), summary, "doc", problems);
    assertThat(problems).anyMatch(p -> p.contains("doc.id")).anyMatch(p -> p.contains("missing 'sentences'"));
  }

  /** A minimal JSON-schema check: $ref, oneOf, type, required, properties, additionalProperties, items, enum. */
  private static void validate(JsonNode value, JsonNode schema, String where, List<String> problems) {
    if (value.isNull() && schema.path("nullable").asBoolean()) {
      return;
    }
    if (schema.has("oneOf")) {
      long fits = 0;
      for (JsonNode alternative : schema.path("oneOf")) {
        List<String> own = new java.util.ArrayList<>();
        validate(value, alternative, where, own);
        fits += own.isEmpty() ? 1 : 0;
      }
      if (fits != 1) {
        problems.add(where + " fits " + fits + " of the oneOf alternatives, not one: " + value);
      }
      return;
    }
    if (schema.has("$ref")) {
      validate(value, spec.at(schema.path("$ref").asText().substring(1)), where, problems);
      return;
    }
    String type = schema.path("type").asText("");
    boolean typeOk = switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "" -> true;
      default -> throw new AssertionError("schema type not handled by the test: " + type);
    };
    if (!typeOk) {
      problems.add(where + " is not " + type + ": " + value);
      return;
    }
    if (schema.has("enum") && !schema.path("enum").toString().contains(value.toString())) {
      problems.add(where + " = " + value + " not in " + schema.path("enum"));
    }
    schema.path("required").forEach(name -> {
      if (!value.has(name.asText())) {
        problems.add(where + ": missing '" + name.asText() + "'");
      }
    });
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (value.has(property.getKey())) {
        validate(value.get(property.getKey()), property.getValue(), where + "." + property.getKey(), problems);
      }
    }
    if (value.isObject() && schema.path("additionalProperties").isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (!schema.path("properties").has(field.getKey())) {
          validate(field.getValue(), schema.path("additionalProperties"), where + "." + field.getKey(), problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), schema.path("items"), where + "[" + i + "]", problems);
      }
    }
  }

  /** With one worker and no queue, a request while another is in flight is refused. */
  private static HttpResponse<String> busyResponse(String path, String body) {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer busy = new TestServer(TestServer.blockingPipeline(entered, release),
        ServerConfig.defaults().withConcurrency(1, 0, Duration.ofSeconds(30)))) {
      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> busy.post(path, body));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> refused = busy.post(path, body);
      release.countDown();
      first.join();
      return refused;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
