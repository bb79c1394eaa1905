package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Cost of the cleaning stage as the input doubles four times (issue 17: linear or n log n in
 * document count and input size): 1k to 16k generated one-paragraph pages in one cluster, and
 * one generated page of 1 to 16 MB of lines. Prints, per size, the best wall time of three runs
 * and the bytes allocated by a run, with the ratio to the size before; asserts that allocation
 * (deterministic, unlike time on a shared machine) grows at most 2.3 times per doubling. A
 * benchmark, run only when asked:
 *
 * <pre>
 * mvn -o -q -B -pl newsum-core -DskipFuzz test -Dtest=CleaningScalingBenchmarkTest -Dnewsum.benchmark=true
 * </pre>
 */
class CleaningScalingBenchmarkTest {
  private static final double MAX_GROWTH = 2.3;
  private static final String[] VOCABULARY = ("river flood valley rain rescue team village resident governor bridge"
      + " train freight council water authority road week monday night storm damage repair school town market"
      + " farmer harbour police report minister budget").split(" ");

  private final FurnitureClassifier classifier = new FurnitureClassifier();

  @Test
  void documentCountDoublesFourTimes() {
    assumeTrue(Boolean.getBoolean("newsum.benchmark"), "benchmark not requested (-Dnewsum.benchmark=true)");
    measure("pages", 1_000, pages -> {
      List<Document> docs = new ArrayList<>(pages);
      Random random = new Random(pages);
      for (int i = 0; i < pages; i++) {
        docs.add(Document.of("d" + i, sentence(random, 12) + " Item " + i + " w" + i + ".\nMenu " + i + "\n"));
      }
      return Cluster.of("pages", docs);
    });
  }

  @Test
  void inputSizeDoublesFourTimes() {
    assumeTrue(Boolean.getBoolean("newsum.benchmark"), "benchmark not requested (-Dnewsum.benchmark=true)");
    measure("MB", 1, megabytes -> {
      StringBuilder text = new StringBuilder(megabytes << 20);
      Random random = new Random(megabytes);
      int line = 0;
      while (text.length() < megabytes << 20) {
        text.append(line % 7 == 0 ? "Home | News | Region " + line % 50 : sentence(random, 25)).append("\n\n");
        line++;
      }
      return Cluster.of("big", List.of(Document.of("big", text.toString())));
    });
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder("The");
    for (int w = 0; w < words; w++) {
      s.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return s.append('.').toString();
  }

  private void measure(String unit, int first, IntFunction<Cluster> input) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    classifier.clean(input.apply(first)); // warm-up
    double previousSeconds = 0;
    long previousBytes = 0;
    System.out.printf("%8s %10s %8s %14s %8s%n", unit, "best s", "ratio", "allocated MB", "ratio");
    for (int size = first; size <= 16 * first; size *= 2) {
      Cluster cluster = input.apply(size);
      double best = Double.MAX_VALUE;
      long bytes = 0;
      for (int run = 0; run < 3; run++) {
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        classifier.clean(cluster);
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
        bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
      }
      System.out.printf("%8d %10.3f %8s %14.1f %8s%n", size, best, previousSeconds == 0 ? "" : ratio(best / previousSeconds),
          bytes / 1e6, previousBytes == 0 ? "" : ratio((double) bytes / previousBytes));
      if (previousBytes > 0) {
        assertThat((double) bytes / previousBytes).as("allocation growth at %d %s", size, unit).isLessThanOrEqualTo(MAX_GROWTH);
      }
      previousSeconds = best;
      previousBytes = bytes;
    }
  }

  private static String ratio(double r) {
    return String.format(java.util.Locale.ROOT, "%.2fx", r);
  }
}
