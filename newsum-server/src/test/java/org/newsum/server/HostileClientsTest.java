package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server under hostile clients (issue 17, items 2 and 12): slow bodies, bodies that are not
 * strict JSON or not sent as JSON, foreign Host headers (DNS rebinding), requests Jetty itself
 * refuses, and the security headers of the page.
 */
class HostileClientsTest {
  @RegisterExtension static final TestServer server = TestServer.standard();
  private static final String BODY = TestServer.request(TestServer.INLINE_ARTICLES).put("words", 30).toString();

  private static String post(String contentType, int length) {
    return "POST /api/summarize HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "Content-Length: " + length + "\r\n";
  }

  /**
   * Six clients sending a body one byte a second (on 308847b each took a place at once, so every
   * other request got 503 for as long as they kept sending) get a 408 within seconds, and
   * requests made meanwhile are answered 200 although only two may be admitted at once.
   */
  @Test
  void slowClientsAreCutOffAndDoNotLockOutOthers() throws Exception {
    try (TestServer small = new TestServer(ServerConfig.defaults().withConcurrency(1, 1, Duration.ofSeconds(30)))) {
      List<CompletableFuture<TestServer.RawResponse>> slow = new ArrayList<>();
      long start = System.nanoTime();
      byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 6; i++) {
        slow.add(CompletableFuture.supplyAsync(() -> small.raw(
            "POST /api/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n",
            body, Duration.ofSeconds(1))));
      }
      Thread.sleep(300);
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> normal = small.post("/api/summarize", BODY);
        assertThat(normal.statusCode()).as(normal.body()).isEqualTo(200);
      }
      for (CompletableFuture<TestServer.RawResponse> client : slow) {
        TestServer.RawResponse answer = client.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(408);
        assertThat(answer.json().path("error").asText()).contains("request body too slow", "within 10 s", "8192 bytes/s");
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("cut off after the 2 s grace").isLessThan(Duration.ofSeconds(8));
    }
  }

  /** A client that sends its headers and then nothing is cut off as well (its read is ended). */
  @Test
  void aClientThatStopsSendingIsCutOff() {
    long start = System.nanoTime();
    TestServer.RawResponse answer = server.raw(post("application/json", 100));
    assertThat(answer.status()).isEqualTo(408);
    assertThat(answer.json().path("error").asText()).contains("0 bytes arrived");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"docs\": [{\"text\": \"a b c\"}]} garbage", "{\"docs\": []} {\"docs\": []}",
      "{\"docs\": [{\"text\": \"one\", \"text\": \"two\"}]}", "{\"words\": 10, \"words\": 20, \"docs\": []}"})
  void onlyStrictJsonIsAccepted(String body) {
    HttpResponse<String> response = server.post("/api/summarize", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(TestServer.json(response).path("error").asText()).startsWith("malformed JSON: ")
        .containsAnyOf("Unrecognized token 'garbage'", "more after the JSON object", "Duplicate field");
  }

  /** Bodies a page elsewhere could send without a CORS preflight (text/plain, forms) are 415. */
  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "none"})
  void onlyApplicationJsonIsAccepted(String type) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/summarize")).POST(HttpRequest.BodyPublishers.ofString(BODY));
    if (!type.equals("none")) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response = server.send(request.build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    assertThat(TestServer.json(response).path("error").asText()).contains("Content-Type: application/json");
    HttpResponse<String> withCharset = server.send(HttpRequest.newBuilder(server.uri("/api/summarize"))
        .header("Content-Type", "Application/JSON; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(BODY)).build());
    assertThat(withCharset.statusCode()).isEqualTo(200);
  }

  @Test
  void foreignHostNamesAreRefusedUnlessAllowed() {
    String get = "GET /api/methods HTTP/1.1\r\nHost: ";
    TestServer.RawResponse rebound = server.raw(get + "attacker.example:" + server.address().getPort() + "\r\n");
    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.json().path("error").asText()).contains("host 'attacker.example:", "--allowed-host attacker.example");
    assertThat(server.raw("GET / HTTP/1.1\r\nHost: attacker.example\r\n").status()).as("the page too").isEqualTo(403);
    for (String host : List.of("127.0.0.1:1", "localhost", "LOCALHOST:8080", "[::1]:8080", "localhost.")) {
      assertThat(server.raw(get + host + "\r\n").status()).as(host).isEqualTo(200);
    }
    try (TestServer allowing = new TestServer(ServerConfig.defaults().withAllowedHosts(Set.of("News.Example")))) {
      assertThat(allowing.raw(get + "news.example:80\r\n").status()).isEqualTo(200);
      assertThat(allowing.raw(get + "attacker.example\r\n").status()).isEqualTo(403);
    }
    try (TestServer any = new TestServer(ServerConfig.defaults().withAllowedHosts(Set.of(ServerConfig.ANY_HOST)))) {
      assertThat(any.raw(get + "attacker.example\r\n").status()).isEqualTo(200);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/app.js", "/api/methods", "/no-such-page")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  /** Requests Jetty refuses before they reach the API (malformed lines, headers, URIs) get JSON errors too. */
  @ParameterizedTest
  @ValueSource(strings = {"GET /api/methods HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n",
      "GET /a\u0001b HTTP/1.1\r\nHost: 127.0.0.1\r\n", "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n",
      "GET /..%2f..%2fetc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n", "GET / HTTP/1.1\r\n",
      "POST /api/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n",
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: LONG\r\n"})
  void jettysOwnErrorsAreJson(String head) {
    TestServer.RawResponse answer = server.raw(head.replace("LONG", "x".repeat(64 * 1024)));
    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(answer.headers().get("content-type")).as(answer.body()).startsWith("application/json");
    assertThat(answer.json().path("error").asText()).isNotBlank();
  }
}
