package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.documents.DocumentReader;

/**
 * What {@code summarize} makes of its inputs: standard input sniffed as JSON cluster lines or
 * HTML, several clusters in text and JSON, {@code --query}, directories searched recursively.
 */
class SummarizeInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A cluster line of the scraped test pages. */
  private static String clusterLine(String id) {
    ObjectNode cluster = JSON.createObjectNode().put("id", id);
    var docs = cluster.putArray("docs");
    for (String file : ScrapedPages.FILES) {
      docs.addObject().put("id", file).put("text", ScrapedPages.text(file));
    }
    return cluster.toString();
  }

  @Test
  void aClusterLineOnStandardInputIsReadAsJsonlWithAWarning() {
    CliRun r = CliRun.withStdin(clusterLine("g20") + "\n", "summarize", "-", "--words", "60");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("standard input holds JSON cluster lines");
    assertThat(r.out()).doesNotContain("\"docs\"").doesNotContain("{\"id\"");
    // the same summary as of the line in a .jsonl file
    assertThat(r.out()).isEqualTo(CliRun.run("summarize", write("c.jsonl", clusterLine("g20")).toString(),
        "--words", "60").out());
  }

  @Test
  void htmlFragmentsOnStandardInputAreExtracted() {
    String paragraph = "<p>Leaders of the twenty largest economies met in Hamburg on Friday for two days of talks.</p>\n"
        + "<p>The presidents of the United States and Russia held their first meeting on the sidelines.</p>\n"
        + "<p>They discussed Syria, Ukraine and the fight against terrorism for more than two hours.</p>\n";
    CliRun r = CliRun.withStdin("<div class=\"story\">\n" + paragraph + "</div>\n", "summarize", "-", "--words", "40");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("standard input looks like HTML");
    assertThat(r.out()).contains("Leaders of the twenty largest economies").doesNotContain("<p>").doesNotContain("class");
  }

  @Test
  void plainTextOnStandardInputIsSummarizedWithoutAWarning() {
    CliRun r = CliRun.withStdin(ScrapedPages.text(ScrapedPages.FILES.get(1)), "summarize", "-", "--words", "40");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isNotBlank();
  }

  @Test
  void severalClustersInTextHaveAHeaderEachAndInJsonOneObjectPerLine() throws IOException {
    Path file = write("two.jsonl", clusterLine("first") + "\n" + clusterLine("second") + "\n");
    CliRun text = CliRun.run("summarize", file.toString(), "--words", "40");
    assertThat(text.exit()).as(text.err()).isZero();
    List<String> lines = text.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("==> first <==");
    int second = lines.indexOf("==> second <==");
    assertThat(second).isGreaterThan(1);
    assertThat(lines.get(second - 1)).isEmpty();
    assertThat(lines.subList(1, second - 1)).isEqualTo(lines.subList(second + 1, lines.size()));

    CliRun json = CliRun.run("summarize", file.toString(), "--words", "40", "--format", "json");
    List<String> objects = json.out().lines().toList();
    assertThat(objects).hasSize(2);
    assertThat(JSON.readTree(objects.get(0)).get("id").asText()).isEqualTo("first");
    assertThat(JSON.readTree(objects.get(1)).get("id").asText()).isEqualTo("second");

    Path one = write("one.jsonl", clusterLine("only") + "\n");
    CliRun single = CliRun.run("summarize", one.toString(), "--words", "40", "--format", "json");
    assertThat(single.out().lines().count()).isGreaterThan(3); // pretty
    assertThat(JSON.readTree(single.out()).get("id").asText()).isEqualTo("only");
    assertThat(CliRun.run("summarize", one.toString(), "--words", "40").out()).doesNotContain("==>");
  }

  @Test
  void queryMakesAQueryFocusedSummary() throws IOException {
    List<String> pages = ScrapedPages.copyTo(dir).stream().map(Path::toString).toList();
    String[] generic = concat(pages, "--words", "60", "--format", "json");
    String[] focused = concat(pages, "--words", "60", "--format", "json", "--query", "drinking water wells and fish in the river");
    JsonNode plain = JSON.readTree(CliRun.run(generic).out());
    CliRun r = CliRun.run(focused);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode asked = JSON.readTree(r.out());
    assertThat(asked.get("sentences")).isNotEqualTo(plain.get("sentences"));
    assertThat(asked.get("provenance").get("reason").asText()).contains("query-focused");
  }

  @Test
  void recursiveReadsSubdirectoriesAndOtherFilesAreReported() throws IOException {
    Path top = Files.createDirectories(dir.resolve("pages"));
    Path sub = Files.createDirectories(top.resolve("more"));
    List<String> files = ScrapedPages.FILES;
    Files.writeString(top.resolve("a.txt"), ScrapedPages.text(files.get(0)));
    Files.writeString(top.resolve("notes.json"), "{\"not\": \"an article\"}");
    Files.writeString(sub.resolve("b.md"), ScrapedPages.text(files.get(1)));
    Files.writeString(sub.resolve("c.txt"), ScrapedPages.text(files.get(2)));
    String[] args = {"summarize", top.toString(), "--words", "60", "--format", "json"};
    List<String> warnings = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        warnings.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    // The CLI prints library warnings as "newsum: WARNING: ..." lines on stderr (NewsumCommand.main).
    Logger log = Logger.getLogger(DocumentReader.class.getName());
    log.addHandler(handler);
    CliRun flat;
    CliRun deep;
    try {
      flat = CliRun.run(args);
      deep = CliRun.run(concat(List.of(args), "-r"));
    } finally {
      log.removeHandler(handler);
    }
    assertThat(flat.exit()).as(flat.err()).isZero();
    assertThat(deep.exit()).as(deep.err()).isZero();
    assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("1 file not read").endsWith(": notes.json"));
    assertThat(JSON.readTree(flat.out()).get("provenance").get("reason").asText()).contains("1 document");
    assertThat(JSON.readTree(deep.out()).get("provenance").get("reason").asText()).contains("3 documents");
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] concat(List<String> first, String... more) {
    List<String> all = new ArrayList<>();
    if (!first.isEmpty() && !first.get(0).equals("summarize")) {
      all.add("summarize");
    }
    all.addAll(first);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
