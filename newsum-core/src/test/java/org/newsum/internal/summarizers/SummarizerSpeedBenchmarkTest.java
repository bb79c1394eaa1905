package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

/**
 * Mean selection time per cluster of every method on DUC 2006 (25 documents per cluster,
 * 250-word budget), measured in this JVM after a warm-up pass. A benchmark, not a check: it
 * runs only when asked ({@code -Dnewsum.benchmark=true}) and asserts nothing about time.
 *
 * <pre>
 * mvn -q -B -pl newsum-core -am test -Dtest=SummarizerSpeedBenchmarkTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnewsum.benchmark=true
 * </pre>
 */
class SummarizerSpeedBenchmarkTest {
  private static final int ROUNDS = 3;

  @Test
  void meanSecondsPerClusterOnDuc2006() {
    Path data = BenchmarkData.require("duc2006.jsonl");
    Newsum newsum = Newsum.standard();
    List<ClusterRecord> records = ClusterJsonlReader.readAll(data);
    long analysisStart = System.nanoTime();
    List<AnalyzedCluster> clusters = records.stream().map(r -> newsum.analyze(r.cluster())).toList();
    double analysisSeconds = (System.nanoTime() - analysisStart) / 1e9 / clusters.size();
    double sentences = clusters.stream().mapToInt(AnalyzedCluster::size).average().orElse(0);
    Budget budget = Budget.words(250);
    System.out.printf("DUC 2006: %d clusters, %.0f sentences per cluster on average; analysis (cold) %.4f s/cluster%n",
        clusters.size(), sentences, analysisSeconds);
    System.out.printf("%-18s %14s%n", "method", "s/cluster");
    for (String name : Summarizers.names()) {
      Summarizer method = Summarizers.byName(name);
      int checksum = 0;
      for (AnalyzedCluster cluster : clusters) {
        checksum += method.select(cluster, budget).size(); // warm-up
      }
      long start = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        for (AnalyzedCluster cluster : clusters) {
          checksum += method.select(cluster, budget).size();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9 / (ROUNDS * clusters.size());
      System.out.printf("%-18s %14.5f%n", name, seconds);
      assertThat(checksum).isPositive();
    }
  }
}
