package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizers;

class NewsumServerTest {
  @RegisterExtension static final TestServer server = new TestServer(ServerConfig.defaults().withLimits(64 * 1024, 3));

  @Test
  void summarizesWithSourcesAndSpansIntoTheReturnedTexts() {
    List<String> articles = TestServer.articles().subList(0, 3);
    ObjectNode body = TestServer.request(articles).put("words", 80);
    HttpResponse<String> response = server.post("/api/summarize", body.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode summary = TestServer.json(response);
    assertThat(summary.path("method").asText()).isEqualTo(Summarizers.DEFAULT);
    JsonNode provenance = summary.path("provenance");
    assertThat(provenance.path("method").asText()).isEqualTo("lexrank-threshold");
    assertThat(provenance.path("reason").asText()).isEqualTo("generic cluster of 3 documents (at most 3)");
    assertThat(provenance.path("options").path("threshold").asDouble()).isEqualTo(0.05);
    assertThat(provenance.path("cleaned").asBoolean()).isTrue();
    assertThat(provenance.path("version").asText()).isEqualTo(org.newsum.Newsum.version());
    assertThat(summary.path("budget").path("unit").asText()).isEqualTo("words");
    assertThat(summary.path("words").asInt()).isBetween(1, 80);
    assertThat(summary.path("sentences").size()).isPositive();
    Map<String, String> texts = new HashMap<>();
    summary.path("documents").forEach(d -> texts.put(d.path("id").asText(), d.path("text").asText()));
    assertThat(texts).containsOnlyKeys("d1", "d2", "d3");
    for (JsonNode s : summary.path("sentences")) {
      String source = texts.get(s.path("doc").asText());
      int start = s.path("span").get(0).asInt();
      int end = s.path("span").get(1).asInt();
      assertThat(source.substring(start, end)).isEqualTo(s.path("text").asText());
      assertThat(s.path("index").asInt()).isNotNegative();
      s.path("alsoIn").forEach(other -> assertThat(texts).containsKey(other.asText()));
      assertThat(s.path("alsoIn").toString()).doesNotContain("\"" + s.path("doc").asText() + "\"");
    }
  }

  @Test
  void acceptsHtmlDocumentsTitlesAQueryAndOtherBudgets() {
    String page = "<html><head><title>Summit</title></head><body><nav>Home | World | Sport</nav>"
        + "<article><h1>Leaders meet at the summit</h1><p>" + TestServer.INLINE_ARTICLES.get(0) + "</p></article>"
        + "<footer>Copyright</footer></body></html>";
    ObjectNode body = TestServer.request(List.of(TestServer.INLINE_ARTICLES.get(1)));
    body.withArray("docs").addObject().put("id", "page").put("html", page);
    body.put("method", "lead").put("sentences", 2).put("query", "ceasefire");

    JsonNode summary = TestServer.json(server.post("/api/summarize", body.toString()));

    assertThat(summary.path("method").asText()).isEqualTo("lead");
    assertThat(summary.path("sentences").size()).isBetween(1, 2);
    JsonNode page0 = summary.path("documents").get(1);
    assertThat(page0.path("title").asText()).isEqualTo("Leaders meet at the summit");
    assertThat(page0.path("text").asText()).contains("Hamburg").doesNotContain("Home | World", "<p>");
  }

  @Test
  void givenDatesOrderTheSummaryEarliestFirst() {
    ObjectNode body = TestServer.request(List.of(
        "Leaders of the world's largest economies ended their summit in Hamburg on Saturday with a statement on trade.",
        "Thousands of protesters marched through the streets of Hamburg on Thursday before the start of the meeting."));
    ((ObjectNode) body.withArray("docs").get(0)).put("date", "2017-07-08T09:00:00+02:00");
    ((ObjectNode) body.withArray("docs").get(1)).put("date", "2017-07-06");
    body.put("sentences", 2);

    HttpResponse<String> response = server.post("/api/summarize", body.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(TestServer.json(response).path("sentences").findValuesAsText("doc")).containsExactly("d2", "d1");
  }

  @Test
  void aDocumentsLanguageIsTakenAndEveryLanguageShows() {
    ObjectNode body = TestServer.request(List.of(
        "Leaders of the world's largest economies ended their summit in Hamburg on Saturday with a statement on trade.",
        "Thousands of protesters marched through the streets of Hamburg on Thursday before the start of the meeting.",
        "Die Staats- und Regierungschefs beendeten ihren Gipfel in Hamburg am Samstag mit einer Erklärung zum Handel."));
    ((ObjectNode) body.withArray("docs").get(2)).put("language", "de");
    body.put("characters", 120);

    HttpResponse<String> response = server.post("/api/summarize", body.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode provenance = TestServer.json(response).path("provenance");
    assertThat(provenance.path("language").asText()).isEqualTo("en");
    assertThat(provenance.path("documentLanguages").path("d1").asText()).isEqualTo("en");
    assertThat(provenance.path("documentLanguages").path("d3").asText()).isEqualTo("de");
    assertThat(TestServer.json(response).path("budget").path("unit").asText()).isEqualTo("characters");
  }

  @Test
  void optionsReachTheMethodAndShowInTheProvenance() {
    ObjectNode body = TestServer.request(TestServer.articles().subList(0, 3)).put("words", 60).put("method", "mmr");
    body.putObject("options").put("lambda", 0.3).put("minWords", "6");

    HttpResponse<String> response = server.post("/api/summarize", body.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode options = TestServer.json(response).path("provenance").path("options");
    assertThat(options.path("lambda").asDouble()).isEqualTo(0.3);
    assertThat(options.path("minWords").asInt()).isEqualTo(6);
  }

  @Test
  void healthAndMethods() {
    assertThat(TestServer.json(server.get("/health")).path("status").asText()).isEqualTo("ok");
    JsonNode methods = TestServer.json(server.get("/api/methods"));
    assertThat(methods.path("methods").findValuesAsText("name")).contains("default", "lead", "centroid");
    assertThat(methods.path("parameters").path("words").path("maximum").asInt()).isEqualTo(Budget.MAX_LIMIT);
    assertThat(methods.path("limits").path("maxDocuments").asInt()).isEqualTo(3);
    JsonNode mmr = methods.path("methods").get(Summarizers.names().indexOf("mmr"));
    JsonNode lambda = mmr.path("options").get(0);
    assertThat(lambda.path("name").asText()).isEqualTo("lambda");
    assertThat(lambda.path("default").asDouble()).isEqualTo(0.85);
    assertThat(lambda.path("range").asText()).isEqualTo("[0, 1]");
    assertThat(lambda.path("maximum").asDouble()).isEqualTo(1.0);
    assertThat(methods.path("methods").get(0).path("options").findValuesAsText("name")).contains("queryWeight", "fewDocuments");
  }

  @Test
  void servesThePageAndItsAssetsFromTheJar() {
    HttpResponse<String> page = server.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/app.js\">").doesNotContain("http://", "https://");
    for (String asset : List.of("/app.js", "/style.css", "/openapi.json")) {
      HttpResponse<String> r = server.get(asset);
      assertThat(r.statusCode()).as(asset).isEqualTo(200);
      assertThat(r.body()).as(asset + " must not load anything from elsewhere").doesNotContain("//cdn", "fonts.googleapis");
    }
  }

  static Stream<Arguments> badRequests() {
    String text = "\"text\":\"The leaders met. They talked.\"";
    return Stream.of(
        Arguments.of("malformed JSON", "{\"docs\": [", "malformed JSON"),
        Arguments.of("not an object", "[1, 2]", "JSON object"),
        Arguments.of("empty body", "", "empty body"),
        Arguments.of("no docs field", "{\"words\": 10}", "\"docs\" is missing"),
        Arguments.of("no documents", "{\"docs\": []}", "no documents"),
        Arguments.of("empty text", "{\"docs\": [{\"id\":\"a\"," + text + "}, {\"id\":\"b\",\"text\":\"  \\n \"}]}", "docs[1] ('b'): the text is empty"),
        Arguments.of("no text", "{\"docs\": [{\"id\":\"a\",\"title\":\"t\"}]}", "\"text\", \"html\" or \"url\" is missing"),
        Arguments.of("html without article", "{\"docs\": [{\"html\":\"<html><body><nav>menu</nav></body></html>\"}]}", "no article text"),
        Arguments.of("text and html", "{\"docs\": [{" + text + ",\"html\":\"<p>x</p>\"}]}", "give one of \"text\", \"html\" or \"url\", not text and html"),
        Arguments.of("duplicate ids", "{\"docs\": [{\"id\":\"a\"," + text + "}, {\"id\":\"a\"," + text + "}]}", "duplicate id 'a'"),
        Arguments.of("unknown method", "{\"docs\": [{" + text + "}], \"method\": \"magic\"}", "unknown method 'magic'"),
        Arguments.of("unknown option", "{\"docs\": [{" + text + "}], \"method\": \"mmr\", \"options\": {\"lamda\": 1}}",
            "method 'mmr' has no option 'lamda'; its options are lambda, minWords, maxSimilarity"),
        Arguments.of("option out of range", "{\"docs\": [{" + text + "}], \"method\": \"mmr\", \"options\": {\"lambda\": 2}}",
            "option 'lambda' of method 'mmr' must be a number in [0, 1], got '2'"),
        Arguments.of("option not a number", "{\"docs\": [{" + text + "}], \"options\": {\"queryWeight\": [1]}}",
            "options.queryWeight must be a number"),
        Arguments.of("options not an object", "{\"docs\": [{" + text + "}], \"options\": 3}", "\"options\" must be an object"),
        Arguments.of("zero budget", "{\"docs\": [{" + text + "}], \"words\": 0}", "the length must be a whole number from 1 to 1000000 words, got 0"),
        Arguments.of("negative budget", "{\"docs\": [{" + text + "}], \"sentences\": -3}", "from 1 to 1000000 sentences, got -3"),
        Arguments.of("absurd budget", "{\"docs\": [{" + text + "}], \"bytes\": 50000000}", "from 1 to 1000000 bytes, got 50000000"),
        Arguments.of("budget beyond int", "{\"docs\": [{" + text + "}], \"words\": 99999999999}", "whole number"),
        Arguments.of("fractional budget", "{\"docs\": [{" + text + "}], \"words\": 10.5}", "whole number"),
        Arguments.of("budget as text", "{\"docs\": [{" + text + "}], \"words\": \"ten\"}", "whole number"),
        Arguments.of("two budgets", "{\"docs\": [{" + text + "}], \"words\": 10, \"bytes\": 100}", "give one length"),
        Arguments.of("unknown field", "{\"docs\": [{" + text + "}], \"word\": 10}", "unknown field \"word\""),
        Arguments.of("too many documents", "{\"docs\": [{" + text + "},{" + text + "},{" + text + "},{" + text + "}]}", "too many documents: 4 (the limit is 3)"),
        Arguments.of("date not ISO-8601", "{\"docs\": [{\"id\":\"a\"," + text + ",\"date\":\"2017-13-45\"}]}",
            "docs[0] ('a'): \"date\" must be an ISO-8601 date (yyyy-mm-dd) or date-time (e.g. 2017-07-07T21:47:00Z), got \"2017-13-45\""),
        Arguments.of("date a number", "{\"docs\": [{" + text + ",\"date\":20170707}]}", "docs[0] ('doc1'): \"date\" must be a string"),
        Arguments.of("language a name", "{\"docs\": [{\"id\":\"a\"," + text + ",\"language\":\"english\"}]}",
            "docs[0] ('a'): \"language\": 'english' is not a language code: give an ISO 639-1 code such as de or zh"),
        Arguments.of("language a sentence", "{\"docs\": [{" + text + ",\"language\":\"en, de\"}]}",
            "docs[0] ('doc1'): \"language\": 'en, de' is not a language code: give an ISO 639-1 code such as de or zh"),
        Arguments.of("query not a string", "{\"docs\": [{" + text + "}], \"query\": 5}", "query must be a string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void refusesBadRequestsWithAJsonError(String problem, String body, String message) {
    HttpResponse<String> response = server.post("/api/summarize", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(TestServer.json(response).path("error").asText()).contains(message);
  }

  @Test
  void refusesABodyOverTheLimitWhetherOrNotItDeclaresItsLength() {
    byte[] big = ("{\"docs\":[{\"text\":\"" + "word ".repeat(20_000) + "\"}]}").getBytes();
    HttpResponse<String> declared = server.post("/api/summarize", new String(big));
    HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(server.uri("/api/summarize"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

    for (HttpResponse<String> response : List.of(declared, chunked)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
      assertThat(TestServer.json(response).path("error").asText()).contains("too large", "65536");
    }
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() {
    assertThat(server.get("/api/nothing").statusCode()).isEqualTo(404);
    assertThat(TestServer.json(server.get("/api/nothing")).path("error").asText()).contains("/api/nothing");
    assertThat(server.get("/api/summarize").statusCode()).isEqualTo(405);
  }

  @Test
  void aSlowSummaryTimesOutWith503AndTheServerStaysUsable() {
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer slow = new TestServer(TestServer.blockingPipeline(new CountDownLatch(1), release),
        ServerConfig.defaults().withConcurrency(1, 1, Duration.ofMillis(300)))) {
      String body = TestServer.request(TestServer.INLINE_ARTICLES).toString();
      HttpResponse<String> timedOut = slow.post("/api/summarize", body);

      assertThat(timedOut.statusCode()).isEqualTo(503);
      assertThat(TestServer.json(timedOut).path("error").asText()).contains("timed out after 300 ms");
      assertThat(timedOut.headers().firstValue("Retry-After")).as("the same request would time out again").isEmpty();
      assertThat(slow.get("/health").statusCode()).isEqualTo(200);
      release.countDown();
    }
  }

  @Test
  void refusesWith503WhenAllWorkersAndQueueSlotsAreTaken() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer busy = new TestServer(TestServer.blockingPipeline(entered, release),
        ServerConfig.defaults().withConcurrency(1, 0, Duration.ofSeconds(30)))) {
      String body = TestServer.request(TestServer.INLINE_ARTICLES).toString();
      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> busy.post("/api/summarize", body));
      assertThat(entered.await(30, TimeUnit.SECONDS)).as("first request started").isTrue();
      HttpResponse<String> second = busy.post("/api/summarize", body);

      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(TestServer.json(second).path("error").asText()).contains("server busy");
      assertThat(second.headers().firstValue("Retry-After")).as("a busy server says when to retry").hasValue("1");
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(busy.post("/api/summarize", body).statusCode()).as("admission released").isEqualTo(200);
    }
  }
}
