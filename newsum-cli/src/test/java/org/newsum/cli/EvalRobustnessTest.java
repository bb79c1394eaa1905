package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.HostileInputs;

/**
 * The "CLI eval (JSONL)" column of docs/ROBUSTNESS.md: each hostile input class is one cluster
 * (line 2) between two good ones. It is either evaluated like any other or reported with the
 * file, line and problem, skipped, and counted in the summary line, while the good clusters
 * are evaluated; never a stack trace.
 */
class EvalRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFERENCE = "The city approved twelve new bus lines and a fare increase.";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run eval(Path data, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("eval", "--data", data.toString(), "--method", "lead,centroid",
        "--threads", "2"));
    all.addAll(List.of(args));
    int exit = NewsumCommand.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(err.toString()).doesNotContain("\tat ", "Exception", "internal error");
    return new Run(exit, out.toString(), err.toString());
  }

  /** A cluster line: {@code docs} as documents, one reference unless {@code refs} says otherwise. */
  private static String cluster(String id, List<String> docs, List<String> refs) {
    ObjectNode row = JSON.createObjectNode();
    row.put("id", id);
    ArrayNode array = row.putArray("docs");
    for (int i = 0; i < docs.size(); i++) {
      array.addObject().put("id", id + "/" + i).put("text", docs.get(i));
    }
    ArrayNode refArray = row.putArray("refs");
    refs.forEach(refArray::add);
    return row.toString();
  }

  private static String cluster(String id, String... docs) {
    return cluster(id, List.of(docs), List.of(REFERENCE));
  }

  /** Good cluster "a", then {@code hostile} on line 2, then good cluster "b". */
  private Path file(String hostile) throws IOException {
    return Files.writeString(dir.resolve("clusters.jsonl"), cluster("a", HostileInputs.ARTICLE) + "\n" + hostile + "\n"
        + cluster("b", HostileInputs.ARTICLE_2) + "\n");
  }

  /** Hostile clusters that are evaluated like any other. */
  enum Evaluated {
    ONE_DOCUMENT(cluster("h", HostileInputs.ARTICLE_2)),
    SAME_DOCUMENT_FIVE_TIMES(cluster("h", Collections.nCopies(5, HostileInputs.ARTICLE), List.of(REFERENCE))),
    LONG_UNPUNCTUATED_LINE(cluster("h", HostileInputs.unpunctuatedLine(200_000))),
    FIVE_THOUSAND_TINY_DOCUMENTS(cluster("h", java.util.stream.IntStream.range(0, 5000)
        .mapToObj(HostileInputs::tinyDocument).toList(), List.of(REFERENCE))),
    GERMAN(cluster("h", HostileInputs.GERMAN)),
    RUSSIAN(cluster("h", HostileInputs.RUSSIAN)),
    CHINESE(cluster("h", HostileInputs.CHINESE)),
    NO_PUNCTUATION(cluster("h", HostileInputs.UNPUNCTUATED)),
    NUL_AND_REPLACEMENT_CHARACTERS(cluster("h", HostileInputs.ARTICLE.replace("bus", "b\u0000us").replace("fare", "f\uFFFDre")));

    final String line;

    Evaluated(String line) {
      this.line = line;
    }
  }

  @ParameterizedTest
  @EnumSource(Evaluated.class)
  void hostileClustersWithASensibleSummaryAreEvaluated(Evaluated input) throws IOException {
    Path out = dir.resolve("out");
    Run run = eval(file(input.line), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 clusters evaluated, 0 skipped");
    List<String> lead = Files.readAllLines(out.resolve("lead.jsonl"));
    assertThat(lead).hasSize(3);
    assertThat(JSON.readTree(lead.get(1)).get("summary")).isNotEmpty();
  }

  /** Hostile clusters that are reported, skipped and counted. */
  enum Skipped {
    EMPTY_DOCUMENT(cluster("h", ""), "cluster 'h': no text"),
    WHITE_SPACE_ONLY(cluster("h", " \n\t \n"), "cluster 'h': no text"),
    ALL_BOILERPLATE(cluster("h", "Home\nNews\nSport\nWeather\nAccept all cookies\nSubscribe\nAdvertisement"),
        "cluster 'h': lead: cluster 'h' has no article text"),
    MALFORMED_LINE("{\"id\":\"h\",\"docs\":[", "line 2: malformed JSON"),
    NOT_A_CLUSTER("[1, 2, 3]", "line 2: expected a JSON object"),
    ZERO_REFERENCES(cluster("h", List.of(HostileInputs.ARTICLE), List.of()),
        "cluster 'h': no reference summaries, nothing to score against (not summarized)"),
    MISSING_REFERENCES("{\"id\":\"h\",\"docs\":[{\"text\":\"" + HostileInputs.ARTICLE.replace("\n", " ") + "\"}]}",
        "cluster 'h': no reference summaries"),
    DUPLICATE_ID(cluster("a", HostileInputs.ARTICLE_2), "cluster 'a': duplicate id");

    final String line;
    final String problem;

    Skipped(String line, String problem) {
      this.line = line;
      this.problem = problem;
    }
  }

  @ParameterizedTest
  @EnumSource(Skipped.class)
  void badClustersAreReportedByFileAndLineSkippedAndCounted(Skipped input) throws IOException {
    Path data = file(input.line);
    Run run = eval(data);
    assertThat(run.exit()).as(run.err()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("newsum: skipped " + data + " line 2: ").contains(input.problem);
    assertThat(run.out()).contains("2 clusters evaluated, 1 skipped");
  }

  @Test
  void aHundredMegabyteClusterLineIsReportedAndSkippedWithoutBeingRead() throws IOException {
    Path data = dir.resolve("big.jsonl");
    String huge = HostileInputs.unpunctuatedLine(17 * 1024 * 1024);
    Files.writeString(data, cluster("a", HostileInputs.ARTICLE) + "\n" + cluster("h", huge) + "\n"
        + cluster("b", HostileInputs.ARTICLE_2) + "\n");
    Run run = eval(data);
    assertThat(run.exit()).as(run.err()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains(data + " line 2: too long (more than 16777216 characters)");
    assertThat(run.out()).contains("2 clusters evaluated, 1 skipped");
  }

  @Test
  void filesWithoutAnyUsableClusterAreAClearError() throws IOException {
    for (byte[] content : List.of(new byte[0], " \n\n \t\n".getBytes(StandardCharsets.UTF_8), HostileInputs.png(),
        HostileInputs.gzip(), (cluster("a", HostileInputs.ARTICLE) + "\n").getBytes(StandardCharsets.UTF_16))) {
      Path data = Files.write(dir.resolve("bad.jsonl"), content);
      Run run = eval(data);
      assertThat(run.exit()).as(run.err()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
      assertThat(run.err()).contains("newsum: " + data + ": no cluster could be evaluated");
    }
  }

  /** JSON Lines must be UTF-8: a Latin-1 or KOI8-R line is reported, not evaluated as garbled text. */
  @Test
  void latin1AndOtherNonUtf8LinesAreReportedAndSkipped() throws IOException {
    for (java.nio.charset.Charset charset : List.of(StandardCharsets.ISO_8859_1, java.nio.charset.Charset.forName("KOI8-R"))) {
      Path data = dir.resolve("encoded.jsonl");
      Files.write(data, (cluster("a", HostileInputs.ARTICLE) + "\n" + cluster("h", HostileInputs.GERMAN + HostileInputs.RUSSIAN)
          + "\n" + cluster("b", HostileInputs.ARTICLE_2) + "\n").getBytes(charset));
      Run run = eval(data);
      assertThat(run.exit()).as(run.err()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
      assertThat(run.err()).contains(data + " line 2: not valid UTF-8 (JSON Lines files must be UTF-8");
      assertThat(run.out()).contains("2 clusters evaluated, 1 skipped");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5"})
  void impossibleBudgetsFailBeforeAnyCluster(String words) throws IOException {
    Run run = eval(file(cluster("h", HostileInputs.ARTICLE_2)), "--words", words);
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("budget must be at least 1 (words), got " + words);
  }

  @Test
  void aBudgetLargerThanTheInputEvaluatesTheWholeInput() throws IOException {
    Path out = dir.resolve("out");
    Run run = eval(file(cluster("h", HostileInputs.ARTICLE_2)), "--words", "100000", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 clusters evaluated, 0 skipped");
    assertThat(JSON.readTree(Files.readAllLines(out.resolve("lead.jsonl")).get(1)).get("summary")).hasSize(3);
  }

  @Test
  void aBudgetSmallerThanEverySentenceGivesEmptySummariesThatAreStillScored() throws IOException {
    Path out = dir.resolve("out");
    Run run = eval(file(cluster("h", HostileInputs.ARTICLE_2)), "--words", "3", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 clusters evaluated, 0 skipped");
    assertThat(Files.readAllLines(out.resolve("lead.jsonl")))
        .hasSize(3).allSatisfy(line -> assertThat(JSON.readTree(line).get("summary")).isEmpty());
  }

  /** JSONL "text" is text: HTML in it is not parsed, its markup reaches the summary (a documented limit). */
  @Test
  void htmlInsideAJsonlTextFieldIsTakenAsText() throws IOException {
    Path out = dir.resolve("out");
    Run run = eval(file(cluster("h", HostileInputs.MESSY_HTML)), "--words", "1000", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JSON.readTree(Files.readAllLines(out.resolve("lead.jsonl")).get(1)).get("summary").toString())
        .contains("<p>City officials approved", "&mdash;").doesNotContain("SCRIPT TEXT", "STYLE TEXT");
  }

  @Test
  void unknownMethodAndMissingFileAreClearErrors() throws IOException {
    Run run = eval(dir.resolve("missing.jsonl"));
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("missing.jsonl: no such file");
    run = eval(file(cluster("h", HostileInputs.ARTICLE_2)), "--method", "magic");
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("unknown method 'magic'");
  }
}
