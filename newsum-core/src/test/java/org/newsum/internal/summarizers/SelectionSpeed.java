package org.newsum.internal.summarizers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsum.Newsum;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.summarizers.ConceptCoverageOptions;
import org.newsum.summarizers.DefaultOptions;
import org.newsum.text.AnalyzedCluster;

/**
 * Selection alone, for {@code docs/benchmarks/speed.md}: analyses every cluster of a JSONL file
 * once, then times, round after round, the concept-coverage problem of {@code default}'s options
 * (model building) and its solution ({@link CoverageSolver}) in 250 words, in thread CPU time.
 * Prints the mean over clusters of each cluster's median over the rounds after the first five,
 * the nodes of the last round and a hash of its solutions (equal hashes: the same solutions). Not
 * a test; run it against a build's classes, side by side with another build's:
 *
 * <pre>java -cp newsum-core/target/test-classes:newsum-core/target/classes:$(cat cp.txt) \
 *     org.newsum.internal.summarizers.SelectionSpeed ../shared/data/duc2006.jsonl 15</pre>
 */
public final class SelectionSpeed {
  private static final int WARM_UP = 5;

  private SelectionSpeed() {}

  public static void main(String[] args) throws IOException {
    Budget budget = Budget.words(250);
    Newsum newsum = Newsum.standard();
    List<AnalyzedCluster> clusters = ClusterJsonlReader.readAll(Path.of(args[0])).stream()
        .map(ClusterRecord::cluster).map(newsum::analyze).toList();
    int rounds = Integer.parseInt(args[1]);
    // Compact the analyses before timing: where the collector copies them depends on when the young
    // generation fills, that is on how much the timed code allocates, and their layout moved both
    // sides' model and solve times by 10 to 40 % for many rounds (docs/benchmarks/speed.md, Round 8).
    System.gc();
    ConceptCoverageOptions options = DefaultOptions.defaults().coverage();
    ConceptCoverageSummarizer summarizer = new ConceptCoverageSummarizer(options);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = clusters.size();
    double[][] modelMs = new double[rounds][n];
    double[][] solveMs = new double[rounds][n];
    long hash = 0;
    long nodes = 0;
    for (int r = 0; r < rounds; r++) {
      hash = 0;
      nodes = 0;
      for (int k = 0; k < n; k++) {
        long start = threads.getCurrentThreadCpuTime();
        ConceptCoverageSummarizer.Model model = summarizer.model(clusters.get(k), budget);
        long built = threads.getCurrentThreadCpuTime();
        CoverageSolver.Solution solution = new CoverageSolver(model.items(), model.weights(), model.costs(),
            model.conflicts(), model.complete() ? options.nodeLimit() : Math.min(options.nodeLimit(), ConceptCoverageSummarizer.CUT_POOL_NODE_LIMIT))
            .solve(model.capacity());
        long solved = threads.getCurrentThreadCpuTime();
        modelMs[r][k] = (built - start) / 1e6;
        solveMs[r][k] = (solved - built) / 1e6;
        hash = hash * 31 + Arrays.hashCode(solution.chosen()) * 17L + Double.hashCode(solution.value());
        nodes += solution.nodes();
      }
    }
    double model = meanOfMedians(modelMs);
    double solve = meanOfMedians(solveMs);
    System.out.printf(Locale.ROOT, "model %.3f ms solve %.3f ms selection %.3f ms nodes %d digest %x%n",
        model, solve, model + solve, nodes, hash);
  }

  /** The mean over clusters of each cluster's median over the rounds after the warm-up. */
  private static double meanOfMedians(double[][] ms) {
    int from = Math.min(WARM_UP, ms.length - 1);
    double sum = 0;
    for (int k = 0; k < ms[0].length; k++) {
      double[] times = new double[ms.length - from];
      for (int r = from; r < ms.length; r++) {
        times[r - from] = ms[r][k];
      }
      Arrays.sort(times);
      sum += times[times.length / 2];
    }
    return sum / ms[0].length;
  }
}
