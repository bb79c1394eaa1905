package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.HostileInputs;

/** Progress of batch and eval (log lines off a terminal, a bar with total and ETA on one), the total, --skipped. */
class ProgressTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void offATerminalProgressIsPlainLogLinesWithTotalRateAndEta() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "batch", false, 0, () -> 4);
    bar.update(1, 0);
    bar.update(2, 1);
    bar.message("newsum batch: skipped: x");
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("newsum batch: 1/4 \\(25\\.0%\\) clusters, [0-9.]+ clusters/s, ETA \\d+:\\d\\d");
    assertThat(lines.get(1)).startsWith("newsum batch: 2/4 (50.0%) clusters, 1 skipped, ").contains("ETA ");
    assertThat(err.toString()).doesNotContain("\r", "\033");
  }

  @Test
  void withoutATotalTheLogLineHasTheCountAndRate() {
    StringWriter err = new StringWriter();
    new ProgressBar(new PrintWriter(err), "eval", false, 0, () -> 0).update(7, 0);
    assertThat(err.toString()).matches("newsum eval: 7 clusters, [0-9.]+ clusters/s\\R");
  }

  @Test
  void onATerminalTheBarShowsTotalPercentageAndEta() throws InterruptedException {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "batch", true, 0, () -> 10);
    Thread.sleep(250); // the bar is redrawn at most five times a second
    bar.update(5, 0);
    assertThat(err.toString()).startsWith("\rbatch [###############               ] 5/10 (50.0%) clusters")
        .contains("/s  ETA 0:");
    bar.clear();
    assertThat(err.toString()).endsWith("\r\033[K");
  }

  @Test
  void durationsOverAnHourHaveHours() {
    assertThat(ProgressBar.duration(59)).isEqualTo("0:59");
    assertThat(ProgressBar.duration(3725)).isEqualTo("1:02:05");
  }

  @Test
  void theTotalIsTheNumberOfNonBlankLinesPlainOrGzipped() throws IOException {
    String lines = "{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}";
    assertThat(RecordCount.count(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))).isEqualTo(3);
    Path gz = dir.resolve("c.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(RecordCount.count(gz)).isEqualTo(3);
    assertThat(RecordCount.count(dir.resolve("missing.jsonl"))).isZero();
  }

  @Test
  void batchAndEvalWriteOneJsonLinePerSkippedCluster() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), cluster("a", HostileInputs.ARTICLE) + "\n{\"id\":\"b\",\"docs\":[\n"
        + cluster("c", "") + "\n" + cluster("d", HostileInputs.ARTICLE_2) + "\n");
    Path skipped = dir.resolve("skipped.jsonl");
    CliRun batch = CliRun.run("batch", "--in", in.toString(), "--out", dir.resolve("out.jsonl").toString(),
        "--threads", "2", "--skipped", skipped.toString());
    assertThat(batch.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertSkipped(skipped, in);

    CliRun eval = CliRun.run("eval", "--data", in.toString(), "-m", "lead", "--threads", "2",
        "--skipped", skipped.toString());
    assertThat(eval.exit()).as(eval.err()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertSkipped(skipped, in); // started over, not appended to
  }

  private static void assertSkipped(Path skipped, Path in) throws IOException {
    List<String> lines = Files.readAllLines(skipped);
    assertThat(lines).hasSize(2);
    JsonNode malformed = JSON.readTree(lines.get(0));
    assertThat(malformed.get("id").isNull()).isTrue();
    assertThat(malformed.get("reason").asText()).contains(in + " line 2");
    JsonNode empty = JSON.readTree(lines.get(1));
    assertThat(empty.get("id").asText()).isEqualTo("c");
    assertThat(empty.get("reason").asText()).contains("line 3");
  }

  private static String cluster(String id, String text) {
    var row = JSON.createObjectNode().put("id", id);
    row.putArray("docs").addObject().put("id", id + "1").put("text", text);
    row.putArray("refs").add("The city approved twelve new bus lines and a fare increase.");
    return row.toString();
  }
}
