package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Fills a budget from a ranking: walks candidates best first and keeps each sentence that fits
 * the remaining budget, is {@linkplain Eligibility eligible}, and is neither a near-duplicate of
 * a sentence already kept (content-term cosine at or above {@link #DEFAULT_MAX_SIMILARITY}) nor
 * the same text as one.
 * Shared by the methods that score sentences and then pick greedily. Not thread-safe: one per
 * call.
 */
public final class GreedySelector {
  /** Cosine similarity from which two sentences count as saying the same thing. */
  public static final double DEFAULT_MAX_SIMILARITY = 0.5;

  private final AnalyzedCluster cluster;
  private final Budget budget;
  private final double maxSimilarity;
  private final TermVector[] vectors;

  public GreedySelector(AnalyzedCluster cluster, Budget budget) {
    this(cluster, budget, DEFAULT_MAX_SIMILARITY);
  }

  public GreedySelector(AnalyzedCluster cluster, Budget budget, double maxSimilarity) {
    this.cluster = cluster;
    this.budget = budget;
    this.maxSimilarity = maxSimilarity;
    this.vectors = new TermVector[cluster.size()];
  }

  /** Keeps candidates in the given order while they fit; returns the kept indices. */
  public List<Integer> takeInOrder(List<Integer> candidates) {
    List<Integer> kept = new ArrayList<>();
    int used = 0;
    for (int i : candidates) {
      if (!Eligibility.isEligible(cluster, i)) {
        continue;
      }
      int cost = budget.cost(cluster.sentence(i).text());
      if (used + cost > budget.limit() || isRedundant(i, kept)) {
        continue;
      }
      kept.add(i);
      used += cost;
      if (used >= budget.limit()) {
        break;
      }
    }
    return kept;
  }

  /** Too similar to a kept sentence, or the same text (which catches sentences of stop words only). */
  private boolean isRedundant(int candidate, List<Integer> kept) {
    TermVector v = vector(candidate);
    String text = cluster.sentence(candidate).text();
    for (int k : kept) {
      if (v.cosine(vector(k)) >= maxSimilarity || text.equals(cluster.sentence(k).text())) {
        return true;
      }
    }
    return false;
  }

  private TermVector vector(int i) {
    if (vectors[i] == null) {
      vectors[i] = TermVector.contentTermFrequencies(cluster, i);
    }
    return vectors[i];
  }
}
