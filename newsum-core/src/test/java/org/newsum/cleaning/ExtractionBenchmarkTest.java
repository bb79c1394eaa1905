package org.newsum.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.internal.cleaning.html.DomArticleExtractor;

/**
 * Extracts the 181 pages of the shared extraction benchmark and scores them with the
 * benchmark's own scorer ({@code shared/tools/extraction_score.py}). Skipped, with the reason,
 * when the shared data or python3 is not there.
 */
class ExtractionBenchmarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scoresAtLeastTheBarOnTheSharedBenchmark(@TempDir Path tmp) throws Exception {
    Path shared = Path.of(System.getProperty("newsum.repo.root", ".")).resolve("../shared").normalize();
    Path pages = shared.resolve("data/extraction/html");
    Path truth = shared.resolve("data/extraction/truth.jsonl");
    Path scorer = shared.resolve("tools/extraction_score.py");
    assumeTrue(Files.isDirectory(pages) && Files.exists(truth) && Files.exists(scorer),
        "skipped: the shared extraction benchmark is not at " + shared);
    assumeTrue(python3Available(), "skipped: python3 is not on the PATH");

    Path pred = tmp.resolve("pred.jsonl");
    List<Path> files;
    try (Stream<Path> list = Files.list(pages)) {
      files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    try (BufferedWriter out = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String body = DomArticleExtractor.standard().extract(Files.readString(file), "").text();
        out.write(JSON.writeValueAsString(JSON.createObjectNode()
            .put("id", name.substring(0, name.length() - ".html".length())).put("articleBody", body)));
        out.write('\n');
      }
    }

    Process score = new ProcessBuilder("python3", scorer.toString(), "--truth", truth.toString(),
        "--pred", pred.toString(), "--json", "--bootstrap", "0").redirectErrorStream(true).start();
    String output = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(score.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(score.exitValue()).as(output).isZero();
    JsonNode result = JSON.readTree(output);
    System.out.printf("extraction benchmark: F1 %.3f P %.3f R %.3f accuracy %.3f (%d pages)%n",
        result.get("f1").asDouble(), result.get("precision").asDouble(), result.get("recall").asDouble(),
        result.get("accuracy").asDouble(), files.size());
    assertThat(files).hasSize(result.get("n").asInt());
    assertThat(result.get("f1").asDouble()).isGreaterThanOrEqualTo(0.96);
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
