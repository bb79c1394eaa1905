package org.newsum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsum.Newsum;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.internal.cleaning.html.DomArticleExtractor;
import org.newsum.internal.output.ChronologicalOrderer;
import org.newsum.text.ClusterAnalyzer;

/**
 * A {@link NewsumServer} on a free loopback port plus a small HTTP client, for tests. A test class
 * shares one as {@code @RegisterExtension static final TestServer server = ...}: it starts with
 * the class and is closed after its last test.
 */
final class TestServer implements AutoCloseable, AfterAllCallback {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Three short articles about one event. */
  static final List<String> INLINE_ARTICLES = List.of(
      "Leaders met in Hamburg on Friday for the summit. The two presidents discussed Syria and a ceasefire."
          + " They agreed to meet again next year. Protesters marched outside the venue.",
      "The presidents met for two hours at the Hamburg summit. A ceasefire in southwest Syria was agreed."
          + " Officials called the talks constructive.",
      "Police and protesters clashed in Hamburg as the summit opened. The presidents talked about a Syria"
          + " ceasefire and election interference.");

  final NewsumServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  TestServer(ServerConfig config) {
    this(Newsum.standard(), config);
  }

  TestServer(Newsum newsum, ServerConfig config) {
    this.server = new NewsumServer(newsum, DomArticleExtractor.standard(), config.withAddress("127.0.0.1", 0)).start();
  }

  static TestServer standard() {
    return new TestServer(ServerConfig.defaults());
  }

  URI address() {
    return server.address();
  }

  URI uri(String path) {
    return address().resolve(path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> post(String path, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  /** The five scraped pages written by us ({@link ScrapedPages}), with their menus, ads and forms. */
  static List<String> articles() {
    return ScrapedPages.FILES.stream().map(ScrapedPages::text).toList();
  }

  /** A request body {@code {"docs":[{"id":"d1","text":...}...]}} plus the given top-level fields. */
  static ObjectNode request(List<String> texts) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode docs = root.putArray("docs");
    for (int i = 0; i < texts.size(); i++) {
      docs.addObject().put("id", "d" + (i + 1)).put("text", texts.get(i));
    }
    return root;
  }

  /**
   * The standard pipeline whose cleaning counts down {@code entered} then waits for
   * {@code release}: a summary as slow as a test needs.
   */
  static Newsum blockingPipeline(CountDownLatch entered, CountDownLatch release) {
    ClusterCleaner waiting = cluster -> {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return cluster;
    };
    return new Newsum(waiting, ClusterAnalyzer.standard(), new ChronologicalOrderer());
  }

  /** An answer read off a raw socket: status, headers (names in lower case) and body. */
  record RawResponse(int status, java.util.Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  /**
   * Sends {@code head} (request line and headers, CRLF-terminated, without the blank line),
   * then the body bytes one per {@code pause} (all at once when the pause is zero; stopping when
   * the server answers early), and reads the answer until the server closes the connection.
   */
  RawResponse raw(String head, byte[] body, Duration pause) {
    try (java.net.Socket socket = new java.net.Socket(address().getHost(), address().getPort())) {
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write((head + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.flush();
      try {
        if (pause.isZero()) {
          out.write(body);
        } else {
          java.io.InputStream answer = socket.getInputStream();
          sending:
          for (byte b : body) {
            out.write(b);
            out.flush();
            for (long waited = 0; waited < pause.toMillis(); waited += 20) {
              if (answer.available() > 0) {
                break sending; // the server answered before the whole body was sent
              }
              Thread.sleep(20);
            }
          }
        }
        out.flush();
      } catch (IOException cutOff) {
        // the server answered and closed before the whole body was sent
      }
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String[] lines = answer.substring(0, Math.max(end, 0)).split("\r\n");
      java.util.Map<String, String> headers = new java.util.HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).strip());
      }
      String body2 = answer.substring(end + 4);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body2 = dechunk(body2);
      }
      return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, body2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@link #raw} of a request with a JSON body sent at once. */
  RawResponse raw(String head) {
    return raw(head, new byte[0], Duration.ZERO);
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
