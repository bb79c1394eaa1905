package org.newsum.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Speed per word by language ({@code bin/benchmark languages}, issue 18): every document of each
 * given cluster file becomes a one-document cluster, taken in file order until the language has
 * {@code WORDS} white-space words, and the whole pipeline ({@code default}, 100 words: detection,
 * cleaning, analysis, selection, ordering) runs over them on one thread, the languages one after
 * the other in each of {@code ROUNDS} rounds in one warm JVM. Prints per round and language the
 * words per second of the thread's CPU time (which other processes on a shared machine inflate
 * much less than wall time), then each language's best round and its ratio to the first
 * language's. A name ending in {@code +} ({@code fr+=FILE}) declares that language on every
 * document, which leaves out detection. Documents that give no summary (no eligible sentence) are left out beforehand. Run
 * from source against the jar:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/LanguageSpeed.java ROUNDS WORDS en=FILE fr=FILE ...</pre>
 */
public final class LanguageSpeed {
  private LanguageSpeed() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    long words = Long.parseLong(args[1]);
    Newsum newsum = Newsum.standard();
    Budget budget = Budget.words(100);
    Map<String, List<Cluster>> inputs = new LinkedHashMap<>();
    Map<String, Long> wordCounts = new LinkedHashMap<>();
    for (int a = 2; a < args.length; a++) {
      String name = args[a].substring(0, args[a].indexOf('='));
      // "fr+" declares the language on every document: the same run without detection
      String declared = name.endsWith("+") ? name.substring(0, name.length() - 1) : null;
      List<Cluster> clusters = new ArrayList<>();
      long count = 0;
      for (ClusterRecord record : ClusterJsonlReader.readAll(Path.of(args[a].substring(name.length() + 1)))) {
        for (Document doc : record.cluster().documents()) {
          if (count >= words) {
            break;
          }
          Cluster one = Cluster.of(doc.id(), List.of(declared == null ? doc : doc.withLanguage(declared)));
          try {
            newsum.summarize(one, "default", budget);
          } catch (NewsumException e) {
            continue; // no eligible sentence: not a document to time
          }
          clusters.add(one);
          count += doc.text().split("\\s+").length;
        }
      }
      inputs.put(name, clusters);
      wordCounts.put(name, count);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Double> best = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Map.Entry<String, List<Cluster>> e : inputs.entrySet()) {
        long cpu = threads.getCurrentThreadCpuTime();
        for (Cluster c : e.getValue()) {
          newsum.summarize(c, "default", budget);
        }
        double rate = wordCounts.get(e.getKey()) / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        best.merge(e.getKey(), rate, Math::max);
        line.append(String.format(Locale.ROOT, " %s %.0f words/s", e.getKey(), rate));
      }
      System.out.println(line);
    }
    double first = best.values().iterator().next();
    for (Map.Entry<String, Double> e : best.entrySet()) {
      System.out.printf(Locale.ROOT, "%s: %d documents, %d words, best %.0f words/s CPU, %.2f x the first%n", e.getKey(),
          inputs.get(e.getKey()).size(), wordCounts.get(e.getKey()), e.getValue(), e.getValue() / first);
    }
  }
}
