package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.MmrOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein, 1998): repeatedly adds the sentence
 * maximizing {@code λ·sim(s, Q) − (1−λ)·max_{t ∈ summary} sim(s, t)}, with tf-idf cosine as
 * both similarities. {@code Q} is the cluster's query when it has one, else the cluster
 * centroid (the sum of all sentence tf-idf vectors), so generic summaries reward centrality.
 * The redundancy term is kept incrementally: each added sentence updates every candidate's
 * maximum similarity once.
 */
public final class MmrSummarizer implements Summarizer {
  private final MmrOptions options;

  /** With {@link MmrOptions#defaults()}. */
  public MmrSummarizer() {
    this(MmrOptions.defaults());
  }

  public MmrSummarizer(MmrOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "mmr";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    TermStatistics statistics = TermStatistics.of(cluster);
    TermVector[] vectors = statistics.tfIdfVectors();
    TermVector target = target(cluster, statistics, vectors);
    int n = cluster.size();
    double[] relevance = new double[n];
    double[] redundancy = new double[n];
    double[] targetById = new double[target.idBound()];
    for (int k = 0; k < target.size(); k++) {
      targetById[target.termAt(k)] = target.weightAt(k);
    }
    for (int i = 0; i < n; i++) {
      relevance[i] = cosine(vectors[i], targetById, target.norm());
    }
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeGreedily(
        i -> vectors[i].size() == 0 ? Double.NEGATIVE_INFINITY : options.lambda() * relevance[i] - (1 - options.lambda()) * redundancy[i],
        best -> {
          for (int i = 0; i < n; i++) {
            redundancy[i] = Math.max(redundancy[i], vectors[i].cosine(vectors[best]));
          }
        });
  }

  /**
   * {@link TermVector#cosine} of {@code v} with a target held by id: the same sums in the same
   * order (the target's weights are looked up, not merged), so the same values, but in time linear
   * in {@code v} rather than in the target's size; the centroid target has as many terms as the
   * cluster's vocabulary, so merging each sentence with it grew faster than the input.
   */
  static double cosine(TermVector v, double[] targetById, double targetNorm) {
    double denominator = v.norm() * targetNorm;
    if (denominator == 0) {
      return 0;
    }
    double dot = 0;
    for (int k = 0; k < v.size(); k++) {
      int term = v.termAt(k);
      if (term < targetById.length && targetById[term] != 0) {
        dot += v.weightAt(k) * targetById[term];
      }
    }
    return dot / denominator;
  }

  /** The query's tf-idf vector when the cluster has a query, else the centroid of all sentences. */
  static TermVector target(AnalyzedCluster cluster, TermStatistics statistics, TermVector[] vectors) {
    if (cluster.queryTerms().length > 0) {
      return TermVector.ofTerms(cluster.queryTerms(), statistics::idf);
    }
    double[] centroid = new double[statistics.vocabularySize()];
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        centroid[v.termAt(k)] += v.weightAt(k);
      }
    }
    return TermVector.ofDense(centroid);
  }
}
