package org.newsum.internal.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsum.HostileInputs;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.FetchLimits;
import org.newsum.documents.InputException;
import org.newsum.model.Document;

/** Fetches pages from a local HTTP server on 127.0.0.1 (random port) that misbehaves on purpose. */
class WebPageFetcherTest {
  private static final String PAGE = "<!doctype html><html><head><title>Flood</title></head><body>"
      + "<p>Heavy rain flooded the valley on Monday.</p></body></html>";

  /** A stand-in extractor: title and body text, so the test does not depend on the real one. */
  private static final ArticleExtractor EXTRACTOR = (html, baseUri) -> {
    org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri);
    return new HtmlArticle(page.title(), page.body().text(), null, null);
  };

  private static HttpServer server;
  private static String base;
  private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(3), 3, 20_000);
  private final WebPageFetcher fetcher = new WebPageFetcher(new DocumentReader(EXTRACTOR, DocumentReader.DEFAULT_MAX_BYTES), LIMITS);

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/plain", ex -> respond(ex, 200, "text/plain", "Caf\u00e9 owners reopened.".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/latin1-header", ex -> respond(ex, 200, "text/html; charset=ISO-8859-1",
        "<html><body><p>Le caf\u00e9 a rouvert \u00e0 Z\u00fcrich.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext("/latin1-meta", ex -> respond(ex, 200, "text/html",
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le caf\u00e9 a rouvert.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext("/missing", ex -> respond(ex, 404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", ex -> {
      sleep(8000);
      respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/to-other-address", ex -> redirect(ex, "http://127.0.0.2:" + server.getAddress().getPort() + "/ok"));
    server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
    server.createContext("/chain", ex -> {
      int n = Integer.parseInt(ex.getRequestURI().getQuery());
      redirect(ex, n == 0 ? "/ok" : "/chain?" + (n - 1));
    });
    byte[] big = ("<html><body><p>" + "word ".repeat(20_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    server.createContext("/big-declared", ex -> respond(ex, 200, "text/html", big));
    server.createContext("/big-streamed", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length, the size shows while streaming
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(big, 0, 1000);
        }
      } catch (IOException clientHungUp) {
        // expected: the fetcher stops reading at its limit
      }
    });
    server.createContext("/image", ex -> respond(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    server.createContext("/pdf", ex -> respond(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    server.createContext("/to-no-host", ex -> redirect(ex, "http:///x"));
    server.createContext("/huge-declared", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024); // says 10 GB, then trickles
      try (OutputStream out = ex.getResponseBody()) {
        out.write(big, 0, 100);
        out.flush();
        sleep(8000);
      } catch (IOException clientHungUp) {
        // expected: the fetcher refuses the declared size at once
      }
    });
    server.createContext("/gzip-unasked", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      respond(ex, 200, "text/html; charset=utf-8", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    });
    server.createContext("/gzip-bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      respond(ex, 200, "text/html", gzip(new byte[1 << 20])); // 1 MiB of zeros in about 1 KB
    });
    server.createContext("/brotli", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "br");
      respond(ex, 200, "text/html", new byte[] {0x1b, 0x2f, 0x00});
    });
    server.createContext("/utf16-lie", ex -> respond(ex, 200, "text/html; charset=utf-16", PAGE.getBytes(StandardCharsets.US_ASCII)));
    byte[] strayByte = "<html><body><p>Le minist\u00e8re a pr\u00e9sent\u00e9 le budget de l\u0000ann\u00e9e.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < strayByte.length; i++) {
      strayByte[i] = strayByte[i] == 0 ? (byte) 0x92 : strayByte[i]; // a Windows-1252 apostrophe in UTF-8
    }
    server.createContext("/stray-byte", ex -> respond(ex, 200, "text/html", strayByte));
    server.createContext("/png-as-html", ex -> respond(ex, 200, "text/html", HostileInputs.png()));
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    } catch (IOException clientHungUp) {
      // the fetcher may stop reading early
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fetching {@code path} fails with a message naming the URL and containing {@code parts}. */
  private void assertFetchFails(String path, String... parts) {
    assertThatThrownBy(() -> fetcher.fetch(base + path))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(base + path)
        .hasMessageContainingAll(parts);
  }

  @Test
  void fetchesAnHtmlPageThroughTheExtractor() {
    Document doc = fetcher.fetch(base + "/ok");
    assertThat(doc.id()).isEqualTo(base + "/ok");
    assertThat(doc.title()).isEqualTo("Flood");
    assertThat(doc.text()).isEqualTo("Heavy rain flooded the valley on Monday.");
    assertThat(doc.source()).isEqualTo(base + "/ok");
  }

  @Test
  void takesPlainTextAsItIs() {
    assertThat(fetcher.fetch(base + "/plain").text()).isEqualTo("Caf\u00e9 owners reopened.");
  }

  @Test
  void decodesLatin1FromTheHeaderOrTheMetaTag() {
    assertThat(fetcher.fetch(base + "/latin1-header").text()).isEqualTo("Le caf\u00e9 a rouvert \u00e0 Z\u00fcrich.");
    assertThat(fetcher.fetch(base + "/latin1-meta").text()).isEqualTo("Le caf\u00e9 a rouvert.");
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    Document doc = fetcher.fetch(base + "/chain?2");
    assertThat(doc.source()).isEqualTo(base + "/ok");
    assertFetchFails("/chain?5", "too many redirects");
  }

  @Test
  void aRedirectToAnAddressWithoutAHostIsThatUrlsInputError() {
    assertFetchFails("/to-no-host", "redirect to an address without a host name: http:///x");
  }

  @Test
  void aDeclaredTenGigabyteLengthIsRefusedAtOnce() {
    long start = System.nanoTime();
    assertFetchFails("/huge-declared", "too large");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.5); // the read timeout is 3 s, the server stalls 8 s
  }

  @Test
  void anUnaskedGzipBodyIsDecompressedWithinTheLimit() {
    assertThat(fetcher.fetch(base + "/gzip-unasked").text()).isEqualTo("Heavy rain flooded the valley on Monday.");
    assertFetchFails("/gzip-bomb", "too large", "decompressed");
    assertFetchFails("/brotli", "unsupported Content-Encoding 'br'");
  }

  @Test
  void aUtf16CharsetThatTheBytesContradictIsIgnored() {
    assertThat(fetcher.fetch(base + "/utf16-lie").text()).isEqualTo("Heavy rain flooded the valley on Monday.");
  }

  @Test
  void aStrayWindows1252ByteInAnUndeclaredUtf8PageIsReadAlone() {
    assertThat(fetcher.fetch(base + "/stray-byte").text()).isEqualTo("Le minist\u00e8re a pr\u00e9sent\u00e9 le budget de"
        + " l\u2019ann\u00e9e.");
  }

  @Test
  void anImageServedAsHtmlIsBinaryData() {
    assertFetchFails("/png-as-html", "binary data, not text");
  }

  @Test
  void reportsARedirectLoop() {
    assertFetchFails("/loop-a", "redirect loop");
  }

  @Test
  void reportsNotFound() {
    assertFetchFails("/missing", "404");
  }

  @Test
  void timesOutOnASlowServer() {
    assertFetchFails("/slow", "timed out");
  }

  @Test
  void refusesPagesOverTheSizeLimitDeclaredOrStreamed() {
    assertFetchFails("/big-declared", "too large");
    assertFetchFails("/big-streamed", "too large");
  }

  @Test
  void refusesImagesAndPdf() {
    assertFetchFails("/image", "image/png is not a web page");
    assertFetchFails("/pdf", "application/pdf is not a web page");
  }

  @Test
  void reportsAnUnreachableServerAndABadAddress() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/x"))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot connect");
    assertThatThrownBy(() -> fetcher.fetch("http://exa mple.com/"))
        .isInstanceOf(InputException.class).hasMessageContaining("malformed address");
  }

  /** A server that fetches for its clients (issue 16.3): loopback refused before connecting, also on a redirect. */
  @Test
  void publicOnlyLimitsRefuseLoopbackAndEveryRedirectToARefusedAddress() {
    WebPageFetcher publicOnly = new WebPageFetcher(new DocumentReader(EXTRACTOR, DocumentReader.DEFAULT_MAX_BYTES), LIMITS.publicOnly());
    assertThatThrownBy(() -> publicOnly.fetch(base + "/ok")).isInstanceOf(InputException.class)
        .hasMessageContainingAll(base + "/ok", "refused: 127.0.0.1 is not a public address");
    assertThatThrownBy(() -> publicOnly.fetch("http://[::1]:" + server.getAddress().getPort() + "/ok"))
        .hasMessageContaining("refused: ::1 (0:0:0:0:0:0:0:1) is not a public address");
    assertThatThrownBy(() -> publicOnly.fetch("http://localhost:" + server.getAddress().getPort() + "/ok"))
        .hasMessageContaining("not a public address");

    // The first hop (127.0.0.1) is allowed here; its redirect to 127.0.0.2 is checked again and refused.
    WebPageFetcher only127001 = new WebPageFetcher(new DocumentReader(EXTRACTOR, DocumentReader.DEFAULT_MAX_BYTES),
        LIMITS.publicOnly(), address -> address.getHostAddress().equals("127.0.0.1"));
    assertThat(only127001.fetch(base + "/chain?1").text()).isEqualTo("Heavy rain flooded the valley on Monday.");
    assertThatThrownBy(() -> only127001.fetch(base + "/to-other-address")).isInstanceOf(InputException.class)
        .hasMessageContainingAll("refused: the redirect to http://127.0.0.2:", "127.0.0.2 is not a public address");
    assertThat(fetcher.fetch(base + "/chain?1").title()).as("the default limits reach any address").isEqualTo("Flood");
  }
}
