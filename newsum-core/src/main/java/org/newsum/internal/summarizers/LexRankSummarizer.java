package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.LexRankOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * LexRank (Erkan and Radev, 2004): sentences are ranked by their eigenvector centrality in the
 * graph of idf-modified cosine similarities between their tf-idf vectors, computed by power
 * iteration of a random walk with jump probability 0.15; the best are then taken with a
 * redundancy check ({@link GreedySelector}). Two variants from the paper: <em>continuous</em>
 * LexRank weights every edge by its cosine (the similarity matrix, self-similarity included),
 * <em>thresholded</em> LexRank keeps unweighted edges where the cosine exceeds a threshold
 * ({@link LexRankOptions#threshold()}), so centrality follows the degree structure.
 */
public final class LexRankSummarizer implements Summarizer {
  /** The random walk follows an edge with this probability and jumps otherwise (the paper's d = 0.15 jump). */
  static final double DAMPING = 0.85;
  /** Power iteration stops when the scores change by less than this in total (L1). */
  static final double TOLERANCE = 1e-7;
  static final int MAX_ITERATIONS = 200;

  private final LexRankOptions options;

  public LexRankSummarizer(LexRankOptions options) {
    this.options = options;
  }

  /** Continuous LexRank ({@link LexRankOptions#continuous()}). */
  public static LexRankSummarizer continuous() {
    return new LexRankSummarizer(LexRankOptions.continuous());
  }

  /** Thresholded LexRank ({@link LexRankOptions#thresholded()}). */
  public static LexRankSummarizer thresholded() {
    return new LexRankSummarizer(LexRankOptions.thresholded());
  }

  @Override
  public String name() {
    return options.method();
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeBest(centrality(cluster));
  }

  /** LexRank score of every sentence (they sum to 1). */
  double[] centrality(AnalyzedCluster cluster) {
    TermVector[] vectors = TermStatistics.of(cluster).tfIdfVectors();
    boolean continuous = options.weighted();
    double threshold = options.threshold();
    SimilarityGraph graph = SimilarityGraph.build(vectors, true, (i, j, dot) -> {
      double denominator = vectors[i].norm() * vectors[j].norm();
      double cosine = denominator == 0 ? 0 : dot / denominator;
      return continuous ? cosine : cosine > threshold ? 1 : 0;
    });
    return graph.pageRank(DAMPING, TOLERANCE, MAX_ITERATIONS);
  }
}
