package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code newsum summarize URL...} against a local HTTP server: failed URLs are reported and skipped. */
class SummarizeUrlTest {
  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/article", ex -> {
      byte[] body = ("<html><head><title>Flood</title></head><body>"
          + "<p>Heavy rain flooded the river valley on Monday and forced thousands of residents to leave.</p>"
          + "<p>Rescue teams in boats searched the flooded villages for residents trapped by the water.</p>"
          + "</body></html>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/gone", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.createContext("/bad-redirect", ex -> {
      ex.getResponseHeaders().set("Location", "http:///x");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }


  @Test
  void aFailedUrlIsReportedWhileTheOthersAreSummarized() {
    CliRun run = CliRun.run("summarize", base + "/gone", base + "/article", "--words", "20");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains(base + "/gone").contains("404");
    assertThat(run.out()).contains("Heavy rain flooded the river valley");
  }

  @Test
  void aRedirectToAnAddressWithoutAHostLosesOnlyThatUrl() {
    CliRun run = CliRun.run("summarize", base + "/bad-redirect", base + "/article", "--words", "20");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo("newsum: " + base + "/bad-redirect: redirect to an address without a host name:"
        + " http:///x (skipped)\n");
    assertThat(run.out()).contains("Heavy rain flooded the river valley");
  }

  @Test
  void whenEveryUrlFailsTheRunFails() {
    CliRun run = CliRun.run("summarize", base + "/gone", base + "/gone-too");
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains(base + "/gone-too").contains("nothing to summarize: all 2 URLs failed");
    assertThat(run.out()).isEmpty();
  }
}
