package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/stories}: a feed in, its stories out, bounded and checked like {@code /api/summarize}. */
class StoriesApiTest {
  private static final int MAX_ARTICLES = 8;
  @RegisterExtension static final TestServer server = new TestServer(ServerConfig.defaults().withLimits(64 * 1024, MAX_ARTICLES));

  /** Six articles (written for this test) about two events a day apart: a bridge collapse and a chess final. */
  static final List<String[]> FEED = List.of(
      new String[] {"b1", "Bridge collapses in Korvel", "2025-05-12",
          "The old Marden bridge in Korvel collapsed into the Oss river on Monday morning. Two cars fell with it and"
              + " rescuers pulled four people from the water. The Korvel fire service said the bridge had been closed"
              + " to lorries since March."},
      new String[] {"c1", "Ilse Varga wins the Lindhaven chess final", "2025-05-13",
          "Ilse Varga won the Lindhaven chess championship on Tuesday, beating Tomas Reyl in the final game."
              + " Varga sacrificed a rook on move 31 and Reyl resigned nine moves later. She takes home the Lindhaven cup."},
      new String[] {"b2", "Korvel bridge collapse: four rescued from the Oss", "2025-05-12",
          "Four people were rescued from the Oss river after the Marden bridge in Korvel gave way on Monday."
              + " Engineers had warned about cracks in the Marden bridge last year, the Korvel council said."},
      new String[] {"c2", "Varga beats Reyl to take Lindhaven title", "2025-05-13",
          "Tomas Reyl resigned after a rook sacrifice by Ilse Varga decided the Lindhaven chess final on Tuesday."
              + " It is the first championship for Varga, who is 19."},
      new String[] {"b3", "Inquiry ordered into Marden bridge failure", "2025-05-13",
          "The Korvel council ordered an inquiry on Tuesday into the collapse of the Marden bridge over the Oss river."
              + " The four people rescued from the river are recovering in hospital."},
      new String[] {"c3", "Lindhaven cup goes to Varga", "2025-05-14",
          "Ilse Varga lifted the Lindhaven cup after beating Tomas Reyl, and said she would defend the chess title"
              + " next year."});

  /** The request body: the feed's articles plus the given top-level fields. */
  static ObjectNode feed() {
    ObjectNode root = TestServer.JSON.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    for (String[] a : FEED) {
      articles.addObject().put("id", a[0]).put("title", a[1]).put("date", a[2]).put("text", a[3]);
    }
    return root;
  }

  @Test
  void twoEventsBecomeTwoSummarizedStoriesWithTheirArticles() {
    HttpResponse<String> response = server.post("/api/stories", feed().put("sentences", 2).toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = TestServer.json(response);
    JsonNode stories = answer.path("stories");
    assertThat(stories).hasSize(2);
    List<Set<String>> groups = new ArrayList<>();
    for (JsonNode story : stories) {
      assertThat(fieldNames(story)).containsExactly("id", "articles", "size", "first_date", "last_date", "headline", "summary");
      Set<String> ids = new HashSet<>();
      story.path("articles").forEach(id -> ids.add(id.asText()));
      groups.add(ids);
      assertThat(story.path("size").asInt()).isEqualTo(ids.size());
      JsonNode summary = story.path("summary");
      assertThat(summary.path("id").asText()).isEqualTo(story.path("id").asText());
      assertThat(summary.path("sentences").size()).isBetween(1, 2);
      summary.path("sentences").forEach(s -> {
        assertThat(ids).as("a story's summary quotes its own articles").contains(s.path("doc").asText());
        s.path("alsoIn").forEach(other -> assertThat(ids).contains(other.asText()));
      });
    }
    assertThat(groups).containsExactlyInAnyOrder(Set.of("b1", "b2", "b3"), Set.of("c1", "c2", "c3"));
    JsonNode bridge = stories.get(groups.indexOf(Set.of("b1", "b2", "b3")));
    assertThat(bridge.path("first_date").asText()).isEqualTo("2025-05-12");
    assertThat(bridge.path("last_date").asText()).isEqualTo("2025-05-13");
    assertThat(List.of(FEED.get(0)[1], FEED.get(2)[1], FEED.get(4)[1])).contains(bridge.path("headline").asText());

    JsonNode articles = answer.path("articles");
    assertThat(articles).hasSize(FEED.size());
    for (int i = 0; i < FEED.size(); i++) {
      JsonNode a = articles.get(i);
      assertThat(a.path("id").asText()).as("input order").isEqualTo(FEED.get(i)[0]);
      assertThat(groups.get(indexOfStory(stories, a.path("story").asText()))).contains(a.path("id").asText());
      assertThat(a.path("title").asText()).isEqualTo(FEED.get(i)[1]);
      assertThat(a.path("date").asText()).isEqualTo(FEED.get(i)[2]);
      assertThat(a.path("language").asText()).isEqualTo("en");
    }
    assertThat(answer.path("warnings")).isEmpty();
  }

  @Test
  void groupingOnlyGivesNoSummariesAndGroupingParametersApply() {
    JsonNode grouped = TestServer.json(server.post("/api/stories", feed().put("summaries", false).toString()));
    assertThat(grouped.path("stories")).hasSize(2).allSatisfy(s -> assertThat(s.has("summary")).isFalse());

    ObjectNode apart = feed().put("summaries", false);
    apart.putObject("grouping").put("threshold", 0.99).put("refineThreshold", 0.99).put("mergeThreshold", 0.99);
    JsonNode singletons = TestServer.json(server.post("/api/stories", apart.toString()));
    assertThat(singletons.path("stories")).as("a threshold no pair reaches").hasSize(FEED.size());

    ObjectNode termsOnly = feed().put("summaries", false);
    termsOnly.putObject("grouping").put("embeddings", false);
    assertThat(TestServer.json(server.post("/api/stories", termsOnly.toString())).path("stories"))
        .as("a boolean parameter").hasSize(2);
  }

  @Test
  void aUrlBesideTheTextIsTheArticlesAddressALanguageMayBeDeclaredAndATitleIsFound() {
    ObjectNode body = feed();
    ((ObjectNode) body.path("articles").get(0)).put("url", "https://news.example/korvel-bridge").put("language", "de");
    ObjectNode untitled = (ObjectNode) body.path("articles").get(1);
    untitled.remove("title");
    untitled.put("text", "Home | Sport | Chess\n\nVarga is the new Lindhaven champion\n\n" + FEED.get(1)[3]);

    HttpResponse<String> response = server.post("/api/stories", body.toString());

    assertThat(response.statusCode()).as("not fetched: this server does not fetch, yet the article is read")
        .isEqualTo(200);
    JsonNode articles = TestServer.json(response).path("articles");
    assertThat(articles.get(0).path("language").asText()).isEqualTo("de");
    assertThat(articles.get(1).path("title").asText()).as("the heading above the prose, past the menu")
        .isEqualTo("Varga is the new Lindhaven champion");
  }

  /** On a server started to fetch, an article given only by its address is fetched and grouped with its event. */
  @Test
  void anArticleGivenOnlyByItsAddressIsFetchedWhenTheServerFetches() throws IOException {
    String page = "<html><head><title>Korvel | Daily</title></head><body><nav>Home | Local</nav><article>"
        + "<h1>Divers search the Oss after the Marden bridge collapse</h1><p>Divers searched the Oss river in Korvel on"
        + " Monday after the Marden bridge collapsed, and the Korvel fire service said four people were rescued.</p>"
        + "</article></body></html>";
    HttpServer pages = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pages.createContext("/bridge", ex -> {
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    pages.start();
    try (TestServer fetching = new TestServer(ServerConfig.defaults().withUrlFetch(ServerConfig.UrlFetch.ANY))) {
      ObjectNode body = feed().put("summaries", false);
      body.withArray("articles").addObject().put("id", "web").put("date", "2025-05-12")
          .put("url", "http://127.0.0.1:" + pages.getAddress().getPort() + "/bridge");

      JsonNode answer = TestServer.json(fetching.post("/api/stories", body.toString()));

      JsonNode web = answer.path("articles").get(FEED.size());
      assertThat(web.path("title").asText()).isEqualTo("Divers search the Oss after the Marden bridge collapse");
      assertThat(answer.path("articles").get(0).path("story").asText()).as("with the bridge articles").isEqualTo(web.path("story").asText());
    } finally {
      pages.stop(0);
    }
  }

  static Stream<Arguments> badRequests() {
    ObjectNode noText = feed();
    ((ObjectNode) noText.path("articles").get(1)).remove("text");
    ObjectNode textAndHtml = feed();
    ((ObjectNode) textAndHtml.path("articles").get(2)).put("html", "<p>x</p>");
    ObjectNode badDate = feed();
    ((ObjectNode) badDate.path("articles").get(3)).put("date", "Tuesday");
    ObjectNode duplicate = feed();
    ((ObjectNode) duplicate.path("articles").get(5)).put("id", "b1");
    ObjectNode threshold = feed();
    threshold.putObject("grouping").put("threshold", 2);
    ObjectNode unknownParameter = feed();
    unknownParameter.putObject("grouping").put("radius", 3);
    ObjectNode tooMany = feed();
    for (int i = FEED.size(); i <= MAX_ARTICLES; i++) {
      tooMany.withArray("articles").addObject().put("text", "Extra article number " + i + " about nothing in particular.");
    }
    ObjectNode urlOnly = TestServer.JSON.createObjectNode();
    urlOnly.putArray("articles").addObject().put("id", "web").put("url", "https://news.example/a");
    return Stream.of(
        Arguments.of("{}", "\"articles\" is missing: give an array of articles"),
        Arguments.of("{\"articles\": []}", "no articles: \"articles\" is empty"),
        Arguments.of("{\"articles\": {}}", "\"articles\" must be an array of articles"),
        Arguments.of("[1]", "the body must be a JSON object with an \"articles\" array"),
        Arguments.of(feed().put("docs", 1).toString(), "unknown field \"docs\"; expected articles, bytes, characters, grouping,"),
        Arguments.of(noText.toString(), "articles[1] ('c1'): \"text\", \"html\" or \"url\" is missing"),
        Arguments.of(textAndHtml.toString(), "articles[2] ('b2'): give one of \"text\", \"html\" or \"url\", not text and html"),
        Arguments.of(badDate.toString(), "articles[3] ('c2'): \"date\" must be an ISO-8601 date"),
        Arguments.of(duplicate.toString(), "articles[5]: duplicate id 'b1'"),
        Arguments.of(threshold.toString(), "grouping: threshold must be in (0, 1]"),
        Arguments.of(unknownParameter.toString(), "grouping: unknown story parameter 'radius' (known: threshold, windowDays,"),
        Arguments.of(feed().put("summaries", "yes").toString(), "\"summaries\" must be true or false, got \"yes\""),
        Arguments.of(feed().put("words", 0).toString(), "the length must be a whole number from 1 to 1000000 words, got 0"),
        Arguments.of(feed().put("method", "nope").toString(), "unknown method 'nope'"),
        Arguments.of(tooMany.toString(), "too many articles: " + (MAX_ARTICLES + 1) + " (the limit is " + MAX_ARTICLES + ")"),
        Arguments.of(urlOnly.toString(), "articles[0] ('web'): this server does not fetch pages (start it with --allow-fetch)"),
        Arguments.of(feed() + " {}", "malformed JSON: more after the JSON object"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badInputIsA400NamingTheField(String body, String message) {
    HttpResponse<String> response = server.post("/api/stories", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(TestServer.json(response).path("error").asText()).startsWith(message);
  }

  @Test
  void aBodyOverTheLimitIs413AndNotJsonIs415() {
    ObjectNode big = feed();
    ((ObjectNode) big.path("articles").get(0)).put("text", "Word ".repeat(20_000));
    HttpResponse<String> tooLarge = server.post("/api/stories", big.toString());
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(TestServer.json(tooLarge).path("error").asText()).contains("65536");

    HttpResponse<String> plain = server.send(HttpRequest.newBuilder(server.uri("/api/stories"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(feed().toString())).build());
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(TestServer.json(plain).path("error").asText())
        .isEqualTo("the body must be JSON sent as Content-Type: application/json, not text/plain");
  }

  /** Past the request timeout the client gets a 503 and the work stops before the next story. */
  @Test
  void aRequestPastTheTimeoutIs503AndStopsSummarizing() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer slow = new TestServer(TestServer.blockingPipeline(entered, release),
        ServerConfig.defaults().withConcurrency(1, 0, Duration.ofMillis(500)))) {
      HttpResponse<String> response = slow.post("/api/stories", feed().toString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(TestServer.json(response).path("error").asText()).startsWith("summarization timed out after 500 ms");
      Thread.sleep(1_000);
      assertThat(entered.getCount()).as("the second story was not started").isEqualTo(1);
      release.countDown();
    }
  }

  @Test
  void theMethodsListNamesTheEndpointAndItsGroupingDefaults() {
    JsonNode stories = TestServer.json(server.get("/api/methods")).path("stories");
    assertThat(stories.path("endpoint").asText()).isEqualTo("POST /api/stories");
    assertThat(stories.path("grouping").path("threshold").isNumber()).isTrue();
    assertThat(stories.path("grouping").path("windowDays").isIntegralNumber()).isTrue();
    assertThat(stories.path("grouping").path("embeddings").isBoolean()).isTrue();
  }

  private static int indexOfStory(JsonNode stories, String id) {
    for (int k = 0; k < stories.size(); k++) {
      if (stories.get(k).path("id").asText().equals(id)) {
        return k;
      }
    }
    throw new AssertionError("no story " + id);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
