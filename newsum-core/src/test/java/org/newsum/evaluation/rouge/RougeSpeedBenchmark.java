package org.newsum.evaluation.rouge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsum.evaluation.rouge.RougeFiles.SystemSummary;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;

/**
 * Speed benchmark (not a test): scores a system file against references with the Multi-News
 * options ({@code -n 2 -m --su 4}) five times, reporting the CPU time of one thread (load on a
 * shared machine inflates wall time, not CPU time) and the parallel wall time.
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/evaluation/rouge/RougeSpeedBenchmark.java SYS REFS</pre>
 */
public final class RougeSpeedBenchmark {
  private RougeSpeedBenchmark() {}

  public static void main(String[] args) {
    List<SystemSummary> summaries = RougeFiles.readSummaries(Path.of(args[0]), SplitMode.AUTO);
    Map<String, List<List<String>>> references = RougeFiles.readReferences(Path.of(args[1]), SplitMode.AUTO);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Rouge rouge = new Rouge(RougeOptions.multiNews(), RougeData.find(null));
    for (int round = 1; round <= 5; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      double sum = 0;
      for (SystemSummary s : summaries) {
        sum += rouge.score(s.sentences(), references.get(s.id())).get("rouge-2").f();
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      long wall = System.nanoTime();
      RougeCorpus corpus = RougeCorpus.score(rouge, summaries, references);
      wall = System.nanoTime() - wall;
      System.out.printf("round %d: %d pairs; one thread: %.3f s CPU (%.3f ms/pair); all cores: %.3f s wall;"
          + " R2-F %.5f = %.5f%n", round, summaries.size(), cpu / 1e9, cpu / 1e6 / summaries.size(), wall / 1e9,
          sum / summaries.size(), corpus.mean().get("rouge-2").f());
    }
  }
}
