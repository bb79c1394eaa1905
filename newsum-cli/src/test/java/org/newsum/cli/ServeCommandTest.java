package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
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
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("serve", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    }
    assertThat(err.toString()).contains("newsum: cannot listen on 127.0.0.1:").doesNotContain("\tat ");
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
