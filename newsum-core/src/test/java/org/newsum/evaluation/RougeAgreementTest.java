package org.newsum.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeCorpus;
import org.newsum.evaluation.rouge.RougeData;
import org.newsum.evaluation.rouge.RougeFiles;
import org.newsum.evaluation.rouge.RougeOptions;
import org.newsum.evaluation.rouge.RougeOptions.Tokenize;
import org.newsum.evaluation.rouge.RougeScore;
import org.newsum.evaluation.rouge.RougeScores;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import org.newsum.model.Budget;

/**
 * The Java ROUGE agrees with the reference scorer {@code ../shared/tools/rouge.py} on every
 * per-cluster R, P and F of the lead baseline's summaries of all benchmark clusters, under the
 * published protocols (and, to cover {@code -b} and {@code -s}, one more setting), and with
 * {@code --tokenize unicode} on the French and Chinese files of {@code data/multilingual}.
 * Skipped when ../shared or python3 is not available.
 */
class RougeAgreementTest {
  private static final double TOLERANCE = 1e-4;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static Path shared;
  private static RougeData data;

  @BeforeAll
  static void findSharedAndPython() throws Exception {
    shared = Path.of(System.getProperty("newsum.repo.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    assumeTrue(Files.isRegularFile(shared.resolve("tools/rouge.py")) && Files.isDirectory(shared.resolve("data")),
        () -> "skipped: " + shared + " (tools/rouge.py, data/) not found");
    assumeTrue(pythonAvailable(), "skipped: python3 is not available");
    data = RougeData.load(shared.resolve("rouge155/data"));
    assumeTrue(data.hasExceptions(), () -> "skipped: no WordNet exceptions in " + shared.resolve("rouge155/data"));
  }

  @Test
  void duc2004() throws Exception {
    Path out = leadOutputs("duc2004", Protocol.DUC2004.budget());
    assertAgreement(out, Protocol.DUC2004.rouge());
    assertAgreement(out, RougeOptions.defaults().withStem(true).withStopWordsRemoved(true).withByteLimit(665));
  }

  @Test
  void duc2006() throws Exception {
    assertAgreement(leadOutputs("duc2006", Protocol.DUC2006.budget()), Protocol.DUC2006.rouge());
  }

  @Test
  void multiNews() throws Exception {
    assertAgreement(leadOutputs("multinews_dev", Protocol.MULTINEWS.budget()), Protocol.MULTINEWS.rouge());
  }

  @Test
  void orangeSumWithUnicodeTokens() throws Exception {
    Path out = leadOutputs("multilingual/orangesum_abstract_test", Budget.words(34));
    RougeOptions unicode = RougeOptions.defaults().withTokenize(Tokenize.UNICODE);
    assertAgreement(out, unicode);
    assertAgreement(out, unicode.withWordLimit(34));
  }

  @Test
  void lcstsWithUnicodeTokens() throws Exception {
    Path out = leadOutputs("multilingual/lcsts_test", Budget.words(30));
    RougeOptions unicode = RougeOptions.defaults().withTokenize(Tokenize.UNICODE);
    assertAgreement(out, unicode);
    assertAgreement(out, unicode.withByteLimit(60));
  }

  /** Lead summaries of every cluster, written as {@code newsum eval --out} writes them. */
  private static Path leadOutputs(String name, Budget budget) {
    EvaluationRun run = EvaluationRunner.allCores(Newsum.standard())
        .run(shared.resolve("data/" + name + ".jsonl"), List.of(org.newsum.summarizers.Summarizers.options("lead")), budget, 0, new EvaluationRunner.Listener() {});
    assertThat(run.skipped()).as("clusters skipped").hasSizeLessThan(run.references().size() / 20 + 1);
    Path dir = work.resolve(name.replace('/', '-'));
    EvaluationFiles.write(dir, run);
    return dir;
  }

  private static void assertAgreement(Path dir, RougeOptions options) throws Exception {
    Path refs = dir.resolve(EvaluationFiles.REFERENCES);
    Path sys = dir.resolve("lead.jsonl");
    RougeCorpus java = RougeCorpus.score(new Rouge(options, data),
        RougeFiles.readSummaries(sys, SplitMode.AUTO, options.tokenize()),
        RougeFiles.readReferences(refs, SplitMode.AUTO, options.tokenize()));
    JsonNode python = rougePy(refs, sys, options).get("per_id");

    assertThat(java.perId().keySet()).containsExactlyInAnyOrderElementsOf(() -> python.fieldNames());
    double maxDifference = 0;
    int compared = 0;
    for (Map.Entry<String, RougeScores> e : java.perId().entrySet()) {
      JsonNode expected = python.get(e.getKey());
      assertThat(e.getValue().byMetric().keySet()).containsExactlyInAnyOrderElementsOf(() -> expected.fieldNames());
      for (Map.Entry<String, RougeScore> m : e.getValue().byMetric().entrySet()) {
        JsonNode x = expected.get(m.getKey());
        String where = dir.getFileName() + " " + options.toFlags() + " " + e.getKey() + " " + m.getKey();
        maxDifference = Math.max(maxDifference, check(where + " R", m.getValue().recall(), x.get("r").asDouble()));
        maxDifference = Math.max(maxDifference, check(where + " P", m.getValue().precision(), x.get("p").asDouble()));
        maxDifference = Math.max(maxDifference, check(where + " F", m.getValue().f(), x.get("f").asDouble()));
        compared += 3;
      }
    }
    System.out.printf("agreement %s %s: %d clusters, %d values, max |difference| %.3g%n",
        dir.getFileName(), options.toFlags(), java.perId().size(), compared, maxDifference);
  }

  private static double check(String where, double actual, double expected) {
    double difference = Math.abs(actual - expected);
    assertThat(difference).as(where + ": java %s, rouge.py %s", actual, expected).isLessThanOrEqualTo(TOLERANCE);
    return difference;
  }

  private static JsonNode rougePy(Path refs, Path sys, RougeOptions options) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", shared.resolve("tools/rouge.py").toString(),
        "--refs", refs.toString(), "--sys", sys.toString(), "--data-dir", shared.resolve("rouge155/data").toString(),
        "--per-id", "--json"));
    command.addAll(Arrays.asList(options.toFlags().split(" ")));
    Path stdout = Files.createTempFile(work, "rouge", ".json");
    Path stderr = Files.createTempFile(work, "rouge", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("rouge.py finished").isTrue();
    assertThat(p.exitValue()).as("rouge.py exit code; stderr: %s", Files.readString(stderr)).isZero();
    return JSON.readTree(stdout.toFile());
  }

  private static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
