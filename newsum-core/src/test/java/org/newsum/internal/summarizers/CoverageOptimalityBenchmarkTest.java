package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;

/**
 * How far the {@code ilp} method's node guard ({@link org.newsum.summarizers.ConceptCoverageOptions#DEFAULT_NODE_LIMIT})
 * leaves it from the proven optimum of its own concept-coverage problem: per cluster, our
 * objective against SCIP's ({@link ScipCoverageSolver}), the relative gap, and each
 * solver's time. Also writes both selections, ordered by the standard pipeline, as JSONL
 * ({@code {"id","summary"}}) for scoring with rouge.py. A benchmark, not a check: it runs only
 * when asked ({@code -Dnewsum.benchmark=true}); {@code -Dnewsum.exact.seconds} (default 60)
 * limits SCIP per cluster, {@code -Dnewsum.exact.data} picks the datasets (default
 * {@code duc2004,duc2006}), {@code -Dnewsum.exact.out} the output directory (default
 * {@code target/exact}), and {@code -Dnewsum.exact.nodes} (say {@code 3000,30000}) adds runs of
 * our solver with other node limits, each reported and written like the others.
 *
 * <pre>
 * mvn -q -B -pl newsum-core -am test -Dtest=CoverageOptimalityBenchmarkTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipFuzz -Dnewsum.benchmark=true
 * </pre>
 */
class CoverageOptimalityBenchmarkTest {
  private static final Map<String, Integer> WORD_BUDGETS = Map.of("duc2004", 100, "duc2006", 250);

  @Test
  void gapToProvenOptimum() throws IOException {
    assumeTrue(Boolean.getBoolean("newsum.benchmark"), "benchmark not requested (-Dnewsum.benchmark=true)");
    String unavailable = ScipCoverageSolver.loadNativeLibrary();
    assumeTrue(unavailable == null, unavailable);
    long limitMillis = Math.round(1000 * Double.parseDouble(System.getProperty("newsum.exact.seconds", "60")));
    Path out = Path.of(System.getProperty("newsum.exact.out", "target/exact"));
    Files.createDirectories(out);
    long[] nodeLimits = Arrays.stream(System.getProperty("newsum.exact.nodes", "").split(","))
        .filter(limit -> !limit.isBlank()).mapToLong(limit -> Long.parseLong(limit.strip())).toArray();
    for (String dataset : System.getProperty("newsum.exact.data", "duc2004,duc2006").split(",")) {
      Path data = SharedData.require("data/" + dataset + ".jsonl");
      run(dataset, ClusterJsonlReader.readAll(data), Budget.words(WORD_BUDGETS.get(dataset)), limitMillis, out,
          nodeLimits);
    }
  }

  /** Our solver with another node limit: its summaries and how far it stays from the optimum. */
  private static final class NodeLimitRun implements AutoCloseable {
    final long nodeLimit;
    final Writer summaries;
    int unproven;
    int belowOptimum;
    double gapSum;
    double seconds;

    NodeLimitRun(long nodeLimit, Path file) throws IOException {
      this.nodeLimit = nodeLimit;
      this.summaries = Files.newBufferedWriter(file);
    }

    /** Solves, tallies against the optimum and returns the chosen sentences. */
    List<Integer> solve(ConceptCoverageSummarizer.Model model, double optimum) {
      long start = System.nanoTime();
      CoverageSolver.Solution solution =
          new CoverageSolver(model.items(), model.weights(), model.costs(), model.conflicts(), nodeLimit)
              .solve(model.capacity());
      seconds += (System.nanoTime() - start) / 1e9;
      double gap = (optimum - solution.value()) / Math.max(optimum, 1e-12);
      unproven += solution.optimal() ? 0 : 1;
      belowOptimum += gap > 1e-9 ? 1 : 0;
      gapSum += Math.max(0, gap);
      List<Integer> chosen = new ArrayList<>();
      for (int k : solution.chosen()) {
        chosen.add(model.candidates()[k]);
      }
      return chosen;
    }

    @Override
    public void close() throws IOException {
      summaries.close();
    }
  }

  private static void run(String dataset, List<ClusterRecord> records, Budget budget, long limitMillis, Path out,
      long[] nodeLimits) throws IOException {
    List<NodeLimitRun> sweeps = new ArrayList<>();
    for (long nodeLimit : nodeLimits) {
      sweeps.add(new NodeLimitRun(nodeLimit, out.resolve(dataset + "-nodes" + nodeLimit + ".jsonl")));
    }
    Newsum newsum = Newsum.standard();
    ConceptCoverageSummarizer ilp = new ConceptCoverageSummarizer();
    ObjectMapper json = new ObjectMapper();
    int guardHit = 0;
    int belowOptimum = 0;
    int referenceProven = 0;
    double gapSum = 0;
    double maxGap = 0;
    double referenceSeconds = 0;
    double maxReferenceSeconds = 0;
    double oursSeconds = 0;
    System.out.printf("%n%s (%d clusters, %s, SCIP limit %d ms per cluster)%n", dataset, records.size(), budget,
        limitMillis);
    System.out.printf("%-10s %6s %6s %12s %7s %5s %12s %6s %10s %9s %9s%n", "cluster", "items", "pairs", "ours",
        "proven", "nodes", "SCIP", "opt", "gap", "ours s", "SCIP s");
    try (Writer ours = Files.newBufferedWriter(out.resolve(dataset + "-ilp.jsonl"));
        Writer exact = Files.newBufferedWriter(out.resolve(dataset + "-exact.jsonl"))) {
      for (ClusterRecord record : records) {
        AnalyzedCluster cluster = newsum.analyze(record.cluster());
        ConceptCoverageSummarizer.Model model = ilp.model(cluster, budget);
        long start = System.nanoTime();
        ConceptCoverageSummarizer.Selection selection = ilp.solve(cluster, budget);
        double seconds = (System.nanoTime() - start) / 1e9;
        CoverageSolver.Solution solution = selection.solution();
        ScipCoverageSolver.Result reference = ScipCoverageSolver.solve(model, limitMillis);
        double gap = (reference.value() - solution.value()) / Math.max(reference.value(), 1e-12);
        System.out.printf("%-10s %6d %6d %12.4f %7s %5d %12.4f %6s %10.2e %9.4f %9.3f%n", record.cluster().id(),
            model.items().length, conflictPairs(model), solution.value(), solution.optimal(), solution.nodes(),
            reference.value(), reference.optimal(), gap, seconds, reference.seconds());
        guardHit += solution.optimal() ? 0 : 1;
        belowOptimum += gap > 1e-9 ? 1 : 0;
        referenceProven += reference.optimal() ? 1 : 0;
        gapSum += Math.max(0, gap);
        maxGap = Math.max(maxGap, gap);
        oursSeconds += seconds;
        referenceSeconds += reference.seconds();
        maxReferenceSeconds = Math.max(maxReferenceSeconds, reference.seconds());
        writeSummary(json, ours, record, newsum, cluster, selection.chosen(), budget);
        List<Integer> exactChosen = new ArrayList<>();
        for (int k : reference.chosen()) {
          exactChosen.add(model.candidates()[k]);
        }
        writeSummary(json, exact, record, newsum, cluster, exactChosen, budget);
        for (NodeLimitRun sweep : sweeps) {
          writeSummary(json, sweep.summaries, record, newsum, cluster, sweep.solve(model, reference.value()), budget);
        }
        assertThat(reference.value()).isPositive();
      }
    }
    int n = records.size();
    System.out.printf("%s: guard hit (not proven) on %d/%d clusters; below the reference optimum on %d/%d;"
        + " SCIP proved optimality on %d/%d; mean relative gap %.2e, max %.2e; mean seconds per cluster:"
        + " ours %.4f (cold, includes conflict checks), SCIP %.3f (max %.3f)%n", dataset, guardHit, n,
        belowOptimum, n, referenceProven, n, gapSum / n, maxGap, oursSeconds / n, referenceSeconds / n,
        maxReferenceSeconds);
    for (NodeLimitRun sweep : sweeps) {
      System.out.printf("%s, our solver with %d nodes: unproven on %d/%d clusters; below the optimum on %d/%d;"
          + " mean relative gap %.2e; mean seconds per cluster %.4f; summaries: %s%n", dataset, sweep.nodeLimit,
          sweep.unproven, n, sweep.belowOptimum, n, sweep.gapSum / n, sweep.seconds / n,
          out.resolve(dataset + "-nodes" + sweep.nodeLimit + ".jsonl").toAbsolutePath());
      sweep.close();
    }
    System.out.printf("summaries: %s and %s%n", out.resolve(dataset + "-ilp.jsonl").toAbsolutePath(),
        out.resolve(dataset + "-exact.jsonl").toAbsolutePath());
  }

  private static int conflictPairs(ConceptCoverageSummarizer.Model model) {
    int pairs = 0;
    for (int a = 0; a < model.items().length; a++) {
      for (int b = a + 1; b < model.items().length; b++) {
        pairs += model.conflicts().conflict(a, b) ? 1 : 0;
      }
    }
    return pairs;
  }

  /** One JSONL line: the selection, ordered and rendered by the standard pipeline. */
  private static void writeSummary(ObjectMapper json, Writer writer, ClusterRecord record, Newsum newsum,
      AnalyzedCluster cluster, List<Integer> chosen, Budget budget) throws IOException {
    Summarizer fixed = new Summarizer() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public List<Integer> select(AnalyzedCluster analyzed, Budget limit) {
        return chosen;
      }
    };
    List<String> texts = newsum.summarize(cluster, fixed, budget).texts();
    writer.write(json.writeValueAsString(Map.of("id", record.cluster().id(), "summary", texts)));
    writer.write('\n');
  }
}
