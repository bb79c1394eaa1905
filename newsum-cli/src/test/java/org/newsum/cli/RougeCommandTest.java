package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return NewsumCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void files() throws IOException {
    Files.write(dir.resolve("refs.jsonl"), List.of(
        "{\"id\": \"a\", \"refs\": [\"a c\", [\"a b d\"]]}",
        "{\"id\": \"b\", \"refs\": [\"x y\"]}"));
    Files.write(dir.resolve("sys.jsonl"), List.of(
        "{\"id\": \"a\", \"summary\": [\"a b\"]}",
        "{\"id\": \"zz\", \"summary\": \"no reference\"}"));
  }

  @Test
  void printsRougePyTable() throws IOException {
    files();
    int code = run("rouge", "--refs", dir.resolve("refs.jsonl").toString(), "--sys", dir.resolve("sys.jsonl").toString(), "-n", "1");
    assertThat(code).isZero();
    // pooled over two references: R = 3/5, P = 3/4, F = 2/3
    assertThat(out.toString()).startsWith("# 1 clusters; options ")
        .contains("ROUGE-1    R 0.60000  P 0.75000  F 0.66667");
    assertThat(err.toString()).contains("1 system ids have no reference").contains("1 reference ids have no system summary");
  }

  @Test
  void printsJsonWithPerIdScores() throws IOException {
    files();
    int code = run("rouge", "--refs", dir.resolve("refs.jsonl").toString(), "--sys", dir.resolve("sys.jsonl").toString(),
        "--json", "--per-id");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/per_id/a/rouge-1/r").asDouble()).isEqualTo(0.6);
    assertThat(json.at("/average/rouge-su4/f").isNumber()).isTrue();
    assertThat(json.at("/options/n").asInt()).isEqualTo(1);
  }

  @Test
  void badInputIsAnErrorNamingTheFile() throws IOException {
    files();
    Files.write(dir.resolve("bad.jsonl"), List.of("{\"id\": \"a\", \"summary\": ["));
    assertThat(run("rouge", "--refs", dir.resolve("refs.jsonl").toString(), "--sys", dir.resolve("bad.jsonl").toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("bad.jsonl:1: malformed JSON: Unexpected end-of-input").doesNotContain("Source");
    assertThat(run("rouge", "--refs", dir.resolve("missing.jsonl").toString(), "--sys", dir.resolve("sys.jsonl").toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("missing.jsonl: no such file");
  }

  @Test
  void unicodeTokensScoreChineseAndFrench() throws IOException {
    Files.write(dir.resolve("refs.jsonl"), List.of("{\"id\": \"zh\", \"refs\": [\"北京下雨\"]}",
        "{\"id\": \"fr\", \"refs\": [\"L'été à Paris\"]}"));
    Files.write(dir.resolve("sys.jsonl"), List.of("{\"id\": \"zh\", \"summary\": \"北京下雪\"}",
        "{\"id\": \"fr\", \"summary\": \"l'Été À PARIS\"}"));
    String[] args = {"rouge", "--refs", dir.resolve("refs.jsonl").toString(), "--sys", dir.resolve("sys.jsonl").toString(),
        "-n", "1", "--per-id", "--tokenize", "unicode"};
    assertThat(run(args)).isZero();
    // zh: 3 of 4 characters; fr: all 4 tokens; mean R = 0.875
    assertThat(out.toString()).contains("\"tokenize\": \"unicode\"}").contains("ROUGE-1    R 0.87500")
        .contains("zh\trouge-1 R 0.75000").contains("fr\trouge-1 R 1.00000");
    assertThat(run("rouge", "--refs", "r", "--sys", "s", "--tokenize", "bytes")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("--tokenize must be rouge155 or unicode");
  }

  @Test
  void lengthLimitsAreExclusive() throws IOException {
    files();
    assertThat(run("rouge", "--refs", "r", "--sys", "s", "-l", "10", "-b", "10")).isEqualTo(2);
  }
}
