package org.newsum.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryOptions;

/**
 * Scores story parameter variants on several feeds in one JVM (the grid behind
 * docs/benchmarks/stories.md): for every variant (a space-separated list of {@code K=V} as for
 * {@code --set}) and feed, groups the feed in feed order and prints B-cubed F1, pairwise F1 (the
 * formulas of {@code cluster_score.py}, gold from each line's {@code story}), the stories and the articles grouped per second of
 * the thread's CPU time (signatures included; the first variant includes JIT warm-up).
 * Run from source against the jar:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/StoriesGrid.java
 *     "FEED.jsonl FEED2.jsonl" "threshold=0.3 mergeThreshold=0.2" ""</pre>
 */
public final class StoriesGrid {
  private StoriesGrid() {}

  public static void main(String[] args) throws IOException {
    String[] feeds = args[0].trim().split("\\s+");
    List<List<Document>> docs = new ArrayList<>();
    List<Map<String, String>> golds = new ArrayList<>();
    for (String feed : feeds) {
      List<Document> read = new ArrayList<>();
      ArticleJsonl.read(Path.of(feed), DocumentReader.standard(), read::add, e -> {
        throw e;
      });
      docs.add(StoryGrouper.feedOrder(read));
      golds.add(gold(Path.of(feed)));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int v = 1; v < args.length; v++) {
      StoryOptions options = StoryOptions.DEFAULT;
      for (String kv : args[v].trim().split("\\s+")) {
        if (!kv.isEmpty()) {
          options = options.with(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-50s", args[v].isBlank() ? "(defaults)" : args[v]));
      for (int f = 0; f < feeds.length; f++) {
        long cpu = threads.getCurrentThreadCpuTime();
        StoryGrouper grouper = StoryGrouper.standard(options);
        docs.get(f).forEach(grouper::add);
        List<Story> stories = new ArrayList<>(grouper.drainRetired());
        stories.addAll(grouper.openStories());
        double rate = docs.get(f).size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        Map<String, String> pred = new HashMap<>();
        for (Story story : stories) {
          for (String id : story.articleIds()) {
            pred.put(id, story.id());
          }
        }
        double[] s = score(golds.get(f), pred);
        String name = Path.of(feeds[f]).getFileName().toString();
        line.append(String.format(Locale.ROOT, " | %s %.3f/%.3f (%d) %.0f/s", name.substring(0, 3), s[0], s[1], stories.size(), rate));
      }
      System.out.println(line);
    }
  }

  private static Map<String, String> gold(Path feed) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(feed)) {
      in.lines().filter(l -> !l.isBlank()).forEach(l -> {
        try {
          JsonNode node = json.readTree(l);
          gold.put(node.get("id").asText(), node.get("story").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return gold;
  }

  /** B-cubed F1 and pairwise F1 of {@code pred} against {@code gold} (both article id to story). */
  static double[] score(Map<String, String> gold, Map<String, String> pred) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = pred.getOrDefault(e.getKey(), "missing:" + e.getKey());
      goldSize.merge(e.getValue(), 1, Integer::sum);
      predSize.merge(p, 1, Integer::sum);
      both.merge(e.getValue() + "\u0000" + p, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    double tp = 0;
    for (Map.Entry<String, Integer> cell : both.entrySet()) {
      String[] gp = cell.getKey().split("\u0000", 2);
      double n = cell.getValue();
      precision += n * n / predSize.get(gp[1]);
      recall += n * n / goldSize.get(gp[0]);
      tp += n * (n - 1) / 2;
    }
    int items = gold.size();
    precision /= items;
    recall /= items;
    double predPairs = predSize.values().stream().mapToDouble(n -> n * (n - 1.0) / 2).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(n -> n * (n - 1.0) / 2).sum();
    double pp = predPairs == 0 ? 0 : tp / predPairs;
    double pr = goldPairs == 0 ? 0 : tp / goldPairs;
    return new double[] {2 * precision * recall / (precision + recall), pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr)};
  }
}
