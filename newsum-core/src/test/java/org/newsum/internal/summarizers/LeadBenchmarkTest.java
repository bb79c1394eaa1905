package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.evaluation.Protocol;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeData;
import org.newsum.evaluation.rouge.RougeScores;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import org.newsum.evaluation.rouge.RougeSentences;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;

/**
 * Our lead against sumy's lead procedure (the first sentence of each document in turn, then
 * the second, ..., no filter) on DUC 2004, with our sentence splitter: once as sumy is scored
 * (the last sentence overflows the 100 words and ROUGE's {@code -l 100} cuts it), once kept to
 * whole sentences within the budget, as newsum promises. Each is scored on the documents in
 * the file's order and, since which documents come first decides what a lead says, averaged
 * over random document orders. A benchmark, not a check: it runs only when asked
 * ({@code -Dnewsum.benchmark=true}).
 *
 * <pre>
 * mvn -q -B -pl newsum-core -am test -Dtest=LeadBenchmarkTest -DskipFuzz \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnewsum.benchmark=true
 * </pre>
 */
class LeadBenchmarkTest {
  private static final int ORDERS = 12;

  @Test
  void leadAgainstSumysProcedureOnDuc2004() {
    Path data = BenchmarkData.require("duc2004.jsonl");
    RougeData rougeData = RougeData.find(null);
    assumeTrue(rougeData.source() != null, "no ROUGE data folder (shared/rouge155/data) found");
    Rouge rouge = new Rouge(Protocol.DUC2004.rouge(), rougeData);
    Budget budget = Protocol.DUC2004.budget();
    Map<String, BiFunction<AnalyzedCluster, Budget, List<Integer>>> methods = new LinkedHashMap<>();
    methods.put("newsum lead", new LeadSummarizer()::select);
    methods.put("sumy procedure, cut by -l 100", LeadBenchmarkTest::firstSentencesInTurnPastTheBudget);
    methods.put("sumy procedure, whole sentences", LeadBenchmarkTest::firstSentencesInTurnWhileTheyFit);
    List<ClusterRecord> records = ClusterJsonlReader.readAll(data);
    Newsum newsum = Newsum.standard();
    System.out.printf("DUC 2004, %d clusters, ROUGE recall %%: file order | mean (sd) over %d random document orders%n",
        records.size(), ORDERS);
    Map<String, double[][]> scores = new LinkedHashMap<>(); // method -> [order][R-1, R-2]
    methods.keySet().forEach(m -> scores.put(m, new double[ORDERS + 1][2]));
    for (int order = 0; order <= ORDERS; order++) {
      Map<String, List<RougeScores>> perCluster = new LinkedHashMap<>();
      for (ClusterRecord record : records) {
        AnalyzedCluster cluster = newsum.analyze(order == 0 ? record.cluster() : shuffled(record.cluster(), order));
        List<List<String>> refs = record.references().stream().map(t -> RougeSentences.split(t, SplitMode.AUTO)).toList();
        methods.forEach((name, method) -> perCluster.computeIfAbsent(name, k -> new ArrayList<>()).add(rouge.score(
            method.apply(cluster, budget).stream().map(i -> cluster.sentence(i).text()).toList(), refs)));
      }
      for (String name : methods.keySet()) {
        RougeScores mean = RougeScores.mean(perCluster.get(name));
        scores.get(name)[order] = new double[] {100 * mean.get("rouge-1").recall(), 100 * mean.get("rouge-2").recall()};
      }
    }
    System.out.printf("%-32s %15s | %27s%n", "method", "R-1 / R-2", "R-1 / R-2");
    scores.forEach((name, s) -> System.out.printf("%-32s %6.2f / %6.2f | %5.2f (%.2f) / %5.2f (%.2f)%n", name,
        s[0][0], s[0][1], mean(s, 0), sd(s, 0), mean(s, 1), sd(s, 1)));
    assertThat(scores.get("newsum lead")[0][0]).isPositive();
  }

  /** The documents of {@code cluster} in a random order, the same for a given {@code seed}. */
  private static Cluster shuffled(Cluster cluster, int seed) {
    List<Document> docs = new ArrayList<>(cluster.documents());
    Collections.shuffle(docs, new Random(seed * 1_000_003L + cluster.id().hashCode()));
    return new Cluster(cluster.id(), docs, cluster.query());
  }

  /** Sumy's order: sentence 0 of every document, then sentence 1, ... */
  private static List<Integer> firstSentencesInTurn(AnalyzedCluster cluster) {
    List<Integer> order = new ArrayList<>();
    for (int position = 0; order.size() < cluster.size(); position++) {
      for (int i = 0; i < cluster.size(); i++) {
        if (cluster.sentence(i).index() == position) {
          order.add(i);
        }
      }
    }
    return order;
  }

  /** Until the budget is reached, the last sentence overflowing it (ROUGE's length limit cuts it). */
  private static List<Integer> firstSentencesInTurnPastTheBudget(AnalyzedCluster cluster, Budget budget) {
    List<Integer> kept = new ArrayList<>();
    int used = 0;
    for (int i : firstSentencesInTurn(cluster)) {
      if (used >= budget.limit()) {
        break;
      }
      kept.add(i);
      used += budget.cost(cluster.sentence(i).text());
    }
    return kept;
  }

  /** Until the next sentence would not fit. */
  private static List<Integer> firstSentencesInTurnWhileTheyFit(AnalyzedCluster cluster, Budget budget) {
    List<Integer> kept = new ArrayList<>();
    int used = 0;
    for (int i : firstSentencesInTurn(cluster)) {
      int cost = budget.cost(cluster.sentence(i).text());
      if (used + cost > budget.limit()) {
        break;
      }
      kept.add(i);
      used += cost;
    }
    return kept;
  }

  private static double mean(double[][] s, int metric) {
    double sum = 0;
    for (int order = 1; order < s.length; order++) {
      sum += s[order][metric];
    }
    return sum / (s.length - 1);
  }

  private static double sd(double[][] s, int metric) {
    double m = mean(s, metric);
    double sum = 0;
    for (int order = 1; order < s.length; order++) {
      sum += (s[order][metric] - m) * (s[order][metric] - m);
    }
    return Math.sqrt(sum / (s.length - 2));
  }
}
