package org.newsum.internal.cleaning;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Cleaning alone, for {@code docs/benchmarks/speed.md}: {@link FurnitureClassifier#clean} of
 * every cluster of a JSONL file, round after round, in thread CPU time and bytes allocated. Prints
 * the mean over clusters of each cluster's least time and least allocation over the rounds after
 * three warm-up rounds, and a hash of
 * what cleaning gives (cleaned texts, titles, every block's span, label and reason: equal hashes,
 * the same output). Not a test; it uses public classes only, so it runs as a source file against
 * any build's jar, side by side with another's:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/internal/cleaning/CleaningSpeed.java \
 *     ../shared/data/duc2006.jsonl 30</pre>
 */
public final class CleaningSpeed {
  private static final int WARM_UP = 3;

  private CleaningSpeed() {}

  public static void main(String[] args) throws Exception {
    List<Cluster> clusters = ClusterJsonlReader.readAll(Path.of(args[0])).stream().map(ClusterRecord::cluster).toList();
    int rounds = Integer.parseInt(args[1]);
    FurnitureClassifier cleaner = new FurnitureClassifier();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Cluster cluster : clusters) {
      for (Document doc : cleaner.clean(cluster).documents()) {
        digest.update((doc.title() + "\n" + doc.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (PageLayout page : cleaner.classify(cluster)) {
        for (LabeledBlock b : page.blocks()) {
          digest.update((b.start() + " " + b.end() + " " + b.label() + " " + b.reason() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] least = new long[clusters.size()];
    long[] leastBytes = new long[clusters.size()];
    Arrays.fill(least, Long.MAX_VALUE);
    Arrays.fill(leastBytes, Long.MAX_VALUE);
    for (int round = 0; round < WARM_UP + rounds; round++) {
      for (int c = 0; c < clusters.size(); c++) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        cleaner.clean(clusters.get(c));
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
        if (round >= WARM_UP) {
          least[c] = Math.min(least[c], cpu);
          leastBytes[c] = Math.min(leastBytes[c], bytes);
        }
      }
    }
    System.out.printf(Locale.ROOT, "clean %.4f ms/cluster %.1f KB/cluster digest %s%n", Arrays.stream(least).average().orElse(0) / 1e6,
        Arrays.stream(leastBytes).average().orElse(0) / 1024, HexFormat.of().formatHex(digest.digest(), 0, 8));
  }
}
