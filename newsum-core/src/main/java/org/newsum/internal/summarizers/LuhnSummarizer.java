package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.LuhnOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;

/**
 * Luhn's method (Luhn, 1958): the most frequent content words of the cluster are
 * <em>significant</em>; in each sentence, runs of significant words separated by at most
 * {@value #MAX_GAP} insignificant words form clusters, a cluster scores
 * {@code (significant words)² / (words it spans)}, and a sentence scores its best cluster. The
 * best sentences are then taken with a redundancy check ({@link GreedySelector}).
 */
public final class LuhnSummarizer implements Summarizer {
  /** Insignificant words allowed between two significant words of one cluster (Luhn's limit). */
  public static final int MAX_GAP = 4;
  private final LuhnOptions options;

  /** With {@link LuhnOptions#defaults()}. */
  public LuhnSummarizer() {
    this(LuhnOptions.defaults());
  }

  public LuhnSummarizer(LuhnOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "luhn";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    boolean[] significant = significantWords(TermStatistics.of(cluster), options.significantShare());
    double[] score = new double[cluster.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] = sentenceScore(cluster.terms(i), significant);
    }
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeBest(score);
  }

  /**
   * The significant words: the {@code share} most frequent content words (at least one), and
   * only words occurring at least twice, since a word seen once says nothing about the topic.
   */
  static boolean[] significantWords(TermStatistics statistics, double share) {
    int vocab = statistics.vocabularySize();
    int[] counts = new int[vocab];
    for (int t = 0; t < vocab; t++) {
      counts[t] = statistics.count(t);
    }
    int[] sorted = Arrays.stream(counts).filter(c -> c > 0).sorted().toArray();
    boolean[] significant = new boolean[vocab];
    if (sorted.length == 0) {
      return significant;
    }
    int keep = Math.max(1, (int) Math.round(share * sorted.length));
    int minCount = Math.max(2, sorted[sorted.length - keep]);
    for (int t = 0; t < vocab; t++) {
      significant[t] = counts[t] >= minCount;
    }
    return significant;
  }

  /** The best cluster score of a sentence's words (all words, stop words included, in order). */
  static double sentenceScore(int[] words, boolean[] significant) {
    double best = 0;
    int clusterStart = -1;
    int lastSignificant = -1;
    int significantInCluster = 0;
    for (int position = 0; position < words.length; position++) {
      if (!significant[words[position]]) {
        continue;
      }
      if (clusterStart >= 0 && position - lastSignificant - 1 > MAX_GAP) {
        best = Math.max(best, clusterScore(significantInCluster, lastSignificant - clusterStart + 1));
        clusterStart = -1;
      }
      if (clusterStart < 0) {
        clusterStart = position;
        significantInCluster = 0;
      }
      significantInCluster++;
      lastSignificant = position;
    }
    if (clusterStart >= 0) {
      best = Math.max(best, clusterScore(significantInCluster, lastSignificant - clusterStart + 1));
    }
    return best;
  }

  private static double clusterScore(int significantWords, int span) {
    return (double) significantWords * significantWords / span;
  }
}
