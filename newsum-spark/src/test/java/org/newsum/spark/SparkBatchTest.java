package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.batch.BatchListener;
import org.newsum.batch.BatchReport;
import org.newsum.batch.BatchRunner;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizers;

/**
 * The Spark job in {@code local[2]} gives the same summaries and sources as {@code newsum batch}
 * ({@link BatchRunner}) on clusters of scraped news pages written by us (test resource
 * {@code clusters.jsonl}: generic and query-focused clusters of one to five pages with their menus,
 * ads and consent forms), cluster by cluster, reading JSONL or Parquet. Both use the default
 * method, whatever it currently is.
 */
class SparkBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Budget BUDGET = Budget.words(100);
  private static final int CLUSTERS = 8;

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path clean;
  private static Path withBadLines;
  private static Map<String, JsonNode> expected;
  private static BatchReport batchReport;

  @BeforeAll
  static void startSparkAndRunBatch() throws IOException {
    List<String> lines;
    try (InputStream in = SparkBatchTest.class.getResourceAsStream("/clusters.jsonl")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(lines).hasSize(CLUSTERS);
    clean = Files.write(dir.resolve("clean.jsonl"), lines);
    List<String> bad = new ArrayList<>(lines);
    bad.add(2, "{\"id\": \"truncated\", \"docs\": [{\"id\": \"x\", \"te");
    bad.add(6, "{\"id\":\"empty\",\"docs\":[{\"id\":\"e1\",\"title\":\"\",\"text\":\" \"}]}");
    withBadLines = Files.write(dir.resolve("with-bad-lines.jsonl"), bad);

    Path batchOut = dir.resolve("batch.jsonl");
    batchReport = new BatchRunner(Newsum.standard(), SummaryRequest.of(Summarizers.DEFAULT, BUDGET), 2)
        .run(withBadLines, batchOut, false, BatchListener.NONE);
    expected = byId(Files.readAllLines(batchOut));

    spark = SparkSession.builder().master("local[2]").appName("SparkBatchTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonlJobEqualsBatchClusterByClusterAndSkipsTheSameBadLines() throws IOException {
    Path out = dir.resolve("spark-jsonl");
    SparkBatch.Report report = new SparkBatch(Summarizers.DEFAULT, BUDGET, 0)
        .run(spark, withBadLines.toString(), SparkBatch.Format.JSONL, out.toString(), SparkBatch.Format.JSONL, false);

    assertThat(batchReport.summarized()).isEqualTo(CLUSTERS);
    assertThat(batchReport.failed()).isEqualTo(2);
    assertThat(report.summarized()).isEqualTo(batchReport.summarized());
    assertThat(report.failed()).isEqualTo(batchReport.failed());
    List<String> sparkLines = new ArrayList<>();
    for (Path part : partFiles(out, ".json")) {
      sparkLines.addAll(Files.readAllLines(part));
    }
    assertSameSummaries(byId(sparkLines));
    assertThat(byId(sparkLines).keySet()).as("input order").containsExactlyElementsOf(expected.keySet());
  }

  @Test
  void parquetJobEqualsBatchClusterByCluster() {
    Path table = dir.resolve("clusters.parquet");
    spark.read().json(clean.toString()).write().parquet(table.toString());
    Path out = dir.resolve("summaries.parquet");

    SparkBatch.Report report = new SparkBatch(Summarizers.DEFAULT, BUDGET, 0)
        .run(spark, table.toString(), SparkBatch.Format.of(table.toString()), out.toString(),
            SparkBatch.Format.of(out.toString()), false);

    assertThat(report.summarized()).isEqualTo(CLUSTERS);
    assertThat(report.failed()).isZero();
    // As Spark writes JSON lines: a null column (the "kept" of a whole sentence) is left out, as in batch output.
    List<String> rows = spark.read().parquet(out.toString()).toJSON().collectAsList();
    assertSameSummaries(byId(rows));
  }

  @Test
  void anExistingOutputIsNotOverwrittenUnlessAsked() throws IOException {
    Path out = Files.createDirectories(dir.resolve("existing"));
    SparkBatch batch = new SparkBatch("lead", Budget.sentences(1), 0);
    assertThatThrownBy(() -> batch.run(spark, clean.toString(), SparkBatch.Format.JSONL, out.toString(),
        SparkBatch.Format.JSONL, false)).isInstanceOf(NewsumException.class).hasMessageContaining("already exists");
  }

  @Test
  void aGzippedFileNotNamedGzIsANamedErrorNotEveryLineMalformed() throws IOException {
    Path misnamed = dir.resolve("gzipped.jsonl");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(misnamed))) {
      Files.copy(clean, out);
    }
    assertThatThrownBy(() -> new SparkBatch("lead", BUDGET, 0).run(spark, misnamed.toString(), SparkBatch.Format.JSONL,
        dir.resolve("never").toString(), SparkBatch.Format.JSONL, false))
        .isInstanceOf(NewsumException.class)
        .hasMessage(misnamed + ": gzip data in a file not named .gz (Spark decompresses by the name); rename it to gzipped.jsonl.gz");
  }

  @Test
  void aMissingInputIsANamedError() {
    String missing = dir.resolve("missing.jsonl").toString();
    assertThatThrownBy(() -> new SparkBatch("lead", BUDGET, 0).run(spark, missing, SparkBatch.Format.JSONL,
        dir.resolve("never").toString(), SparkBatch.Format.JSONL, false))
        .isInstanceOf(NewsumException.class).hasMessage(missing + ": no such file or directory");
  }

  @Test
  void optionsReachTheExecutorsAndShowInTheProvenance() throws IOException {
    Path out = dir.resolve("mmr-options");
    new SparkBatch("mmr", Map.of("lambda", "0.3"), Budget.words(40), 2)
        .run(spark, clean.toString(), SparkBatch.Format.JSONL, out.toString(), SparkBatch.Format.JSONL, false);
    List<String> lines = new ArrayList<>();
    for (Path part : partFiles(out, ".json")) {
      lines.addAll(Files.readAllLines(part));
    }
    assertThat(lines).hasSize(CLUSTERS);
    JsonNode provenance = JSON.readTree(lines.get(0)).get("provenance");
    assertThat(provenance.get("method").asText()).isEqualTo("mmr");
    assertThat(provenance.get("options").get("lambda").asDouble()).isEqualTo(0.3);
    assertThat(provenance.get("version").asText()).isEqualTo(Newsum.version());
  }

  @Test
  void aBadOptionFailsOnTheDriverAndIsAUsageErrorOfTheJob() {
    assertThatThrownBy(() -> new SparkBatch("mmr", Map.of("lamda", "1"), BUDGET, 0)).isInstanceOf(NewsumException.class)
        .hasMessage("method 'mmr' has no option 'lamda'; its options are lambda, minWords, maxSimilarity");
    java.io.StringWriter err = new java.io.StringWriter();
    int code = new picocli.CommandLine(new SparkBatchJob()).setErr(new java.io.PrintWriter(err))
        .execute("--in", clean.toString(), "--out", dir.resolve("never").toString(), "-m", "mmr", "--set", "lambda=3");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("newsum-spark: option 'lambda' of method 'mmr' must be a number in [0, 1], got '3'");
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void anUnknownMethodFailsOnTheDriver() {
    assertThatThrownBy(() -> new SparkBatch("nonsense", BUDGET, 0)).isInstanceOf(NewsumException.class)
        .hasMessageContaining("unknown method 'nonsense'");
  }

  private static void assertSameSummaries(Map<String, JsonNode> actual) {
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      JsonNode want = e.getValue();
      assertThat(want.path("summary").isArray() && !want.path("summary").isEmpty()).as("summary of %s", e.getKey())
          .isTrue();
      JsonNode got = actual.get(e.getKey());
      assertThat(got.get("summary")).as("summary of %s", e.getKey()).isEqualTo(want.get("summary"));
      assertThat(got.get("sources")).as("sources of %s", e.getKey()).isEqualTo(want.get("sources"));
      assertThat(got.get("method")).as("method of %s", e.getKey()).isEqualTo(want.get("method"));
      JsonNode provenance = got.get("provenance");
      assertThat(provenance.get("method")).as("provenance of %s", e.getKey()).isEqualTo(want.get("provenance").get("method"));
      assertThat(provenance.get("reason")).isEqualTo(want.get("provenance").get("reason"));
      provenance.get("options").properties().forEach(o -> assertThat(o.getValue().asDouble())
          .isEqualTo(want.get("provenance").get("options").get(o.getKey()).asDouble()));
      assertThat(got.get("time_s").isNumber()).isTrue();
    }
  }

  private static Map<String, JsonNode> byId(List<String> lines) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : lines) {
      try {
        JsonNode n = JSON.readTree(line);
        byId.put(n.get("id").asText(), n);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }
    return byId;
  }


  private static List<Path> partFiles(Path dir, String extension) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(extension))
          .sorted().toList();
    }
  }
}
