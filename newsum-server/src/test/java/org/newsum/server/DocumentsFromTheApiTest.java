package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents as the API reads them (issue 16): titles worked out on the server, HTML pasted as
 * text extracted rather than summarized as prose, and {@code "url"} documents fetched only when
 * the server allows it, and then never from private addresses unless told.
 */
class DocumentsFromTheApiTest {
  private static final String PAGE = "<!doctype html><html lang=\"en\"><head><title>Derailment | Valley Courier</title>"
      + "<script>// Try to get the GA Cookie.\nvar ga = 1;</script></head><body><nav>Home | News | Sport</nav><article>"
      + "<h1>Freight train derails near Norrvik</h1><p>" + TestServer.INLINE_ARTICLES.get(0) + "</p><p>"
      + TestServer.INLINE_ARTICLES.get(1) + "</p></article><footer>Copyright 2024</footer></body></html>";

  private static TestServer server;
  private static HttpServer pages;
  private static String pageUrl;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.standard();
    pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pages.createContext("/story", ex -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    pages.start();
    pageUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/story";
  }

  @AfterAll
  static void stop() {
    server.close();
    pages.stop(0);
  }

  private static JsonNode ok(TestServer on, ObjectNode body) {
    HttpResponse<String> response = on.post("/api/summarize", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  /** On 308847b text documents came back with {@code "title": ""}, and the page took the first raw line (a menu). */
  @Test
  void textDocumentsGetTheirHeadlineAsTitle() {
    JsonNode summary = ok(server, TestServer.request(TestServer.articles()));
    assertThat(summary.path("documents").findValuesAsText("title")).containsExactly(
        "Freight train derails near Norrvik, spilling fertiliser into the Aldre river",
        "Fertiliser spill closes Aldre river after train derailment",
        "Train derailment spills fertiliser into Aldre river",
        "Rail freight and river safety after the Norrvik derailment",
        "Norrvik: fertiliser train derails on river bridge");
    ObjectNode titled = TestServer.request(TestServer.INLINE_ARTICLES);
    ((ObjectNode) titled.path("docs").get(0)).put("title", "Given title");
    assertThat(ok(server, titled).path("documents").get(0).path("title").asText()).isEqualTo("Given title");
  }

  /** On 308847b HTML pasted into a text box was summarized as prose ("// Try to get the GA Cookie."). */
  @Test
  void htmlPastedAsTextIsReducedToItsArticle() {
    JsonNode summary = ok(server, TestServer.request(List.of(PAGE, TestServer.INLINE_ARTICLES.get(2))).put("words", 1000));
    JsonNode page = summary.path("documents").get(0);
    assertThat(page.path("title").asText()).isEqualTo("Freight train derails near Norrvik");
    assertThat(page.path("text").asText()).contains("Leaders met in Hamburg").doesNotContain("GA Cookie", "<p>", "Home | News");
    assertThat(summary.path("sentences").findValuesAsText("text")).noneMatch(s -> s.contains("<") || s.contains("//"));
  }

  private static ObjectNode urlRequest(String url) {
    ObjectNode body = TestServer.request(List.of(TestServer.INLINE_ARTICLES.get(2)));
    body.withArray("docs").addObject().put("id", "web").put("url", url);
    return body;
  }

  @Test
  void urlDocumentsAreRefusedUnlessTheServerFetches() {
    HttpResponse<String> response = server.post("/api/summarize", urlRequest(pageUrl).toString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).path("error").asText())
        .isEqualTo("docs[1] ('web'): this server does not fetch pages (start it with --allow-fetch); paste the page's text or HTML instead");
  }

  /** With --allow-fetch, loopback (and every private address, also after a redirect: see WebPageFetcherTest) is refused. */
  @Test
  void aFetchingServerRefusesPrivateAddresses() {
    try (TestServer fetching = new TestServer(ServerConfig.defaults().withUrlFetch(ServerConfig.UrlFetch.PUBLIC))) {
      for (String url : List.of(pageUrl, "http://localhost:" + pages.getAddress().getPort() + "/story",
          "http://[::1]:" + pages.getAddress().getPort() + "/story", "http://169.254.169.254/latest/meta-data/")) {
        HttpResponse<String> response = fetching.post("/api/summarize", urlRequest(url).toString());
        assertThat(response.statusCode()).as(url).isEqualTo(400);
        assertThat(TestServer.json(response).path("error").asText()).startsWith("docs[1] ('web'): " + url + ": refused: ")
            .contains("not a public address");
      }
      HttpResponse<String> notHttp = fetching.post("/api/summarize", urlRequest("file:///etc/passwd").toString());
      assertThat(TestServer.json(notHttp).path("error").asText()).contains("must be an http:// or https:// address");
    }
  }

  @Test
  void aServerAllowedPrivateAddressesFetchesThePage() {
    try (TestServer fetching = new TestServer(ServerConfig.defaults().withUrlFetch(ServerConfig.UrlFetch.ANY))) {
      JsonNode summary = ok(fetching, urlRequest(pageUrl).put("words", 1000));
      JsonNode web = summary.path("documents").get(1);
      assertThat(web.path("id").asText()).isEqualTo("web");
      assertThat(web.path("title").asText()).isEqualTo("Freight train derails near Norrvik");
      assertThat(web.path("text").asText()).contains("Leaders met in Hamburg").doesNotContain("GA Cookie");
    }
  }
}
