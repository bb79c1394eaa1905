package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 50 requests at once (different methods, lengths and document subsets) must give exactly the
 * answers the same requests give one at a time: the shared pipeline is thread-safe.
 */
class ConcurrentRequestsTest {
  private static final int REQUESTS = 50;

  @Test
  void fiftyConcurrentRequestsGiveTheSequentialResults() throws Exception {
    List<String> bodies = requestBodies();
    ServerConfig config = ServerConfig.defaults().withConcurrency(4, REQUESTS, Duration.ofSeconds(120));
    List<String> sequential = new ArrayList<>();
    try (TestServer server = new TestServer(config)) {
      for (String body : bodies) {
        sequential.add(summaryOf(server.post("/api/summarize", body)));
      }

      ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> concurrent = new ArrayList<>();
        for (String body : bodies) {
          concurrent.add(clients.submit(() -> {
            start.await();
            return server.post("/api/summarize", body);
          }));
        }
        start.countDown();
        for (int i = 0; i < REQUESTS; i++) {
          assertThat(summaryOf(concurrent.get(i).get(120, TimeUnit.SECONDS))).as("request " + i).isEqualTo(sequential.get(i));
        }
      } finally {
        clients.shutdownNow();
      }
    }
    assertThat(new HashSet<>(sequential)).as("answers differ, so matching them means something").hasSizeGreaterThan(10);
  }

  private static List<String> requestBodies() {
    List<String> articles = TestServer.articles();
    String[] methods = {"default", "lead", "centroid"};
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      int from = i % articles.size();
      List<String> subset = new ArrayList<>(articles.subList(from, articles.size()));
      subset.addAll(articles.subList(0, from));
      bodies.add(TestServer.request(subset.subList(0, 1 + i % subset.size()))
          .put("method", methods[i % methods.length]).put("words", 40 + 7 * i).toString());
    }
    return bodies;
  }

  /** The response without its echo of the documents; fails on anything but a 200. */
  private static String summaryOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode json = TestServer.json(response);
    assertThat(json.path("sentences").size()).isPositive();
    return json.path("method").asText() + json.path("sentences");
  }
}
