package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return NewsumCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aBadLimitIsAUsageError() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("port must be 0..65535, got 70000");
  }

  @Test
  void aTakenPortIsAClearErrorNotAStackTrace() throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream(); // Javalin's log goes to System.err
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("serve", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    } finally {
      System.setErr(stderr);
    }
    assertThat(err.toString()).startsWith("newsum: cannot listen on 127.0.0.1:").endsWith(": Address already in use" + System.lineSeparator())
        .doesNotContain("\tat ");
    assertThat(logged.toString(StandardCharsets.UTF_8)).as("one line, not Javalin's too").isEmpty();
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--port", "--host", "--max-body-bytes", "--max-docs", "--workers", "--queue", "--timeout-seconds",
        "--body-timeout-seconds", "--allowed-host", "--allow-fetch", "--allow-private-fetch");
  }

  @Test
  void privateFetchingNeedsFetching() {
    assertThat(run("serve", "--allow-private-fetch")).isEqualTo(2);
    assertThat(err.toString()).contains("--allow-private-fetch needs --allow-fetch");
  }
}
