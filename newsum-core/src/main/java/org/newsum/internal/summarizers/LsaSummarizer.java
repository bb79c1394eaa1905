package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.LsaOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * LSA summarization as Steinberger and Ježek (2004) score it: the term × sentence matrix
 * {@code A} (binary: whether a content term occurs in a sentence) is decomposed as
 * {@code A = UΣVᵀ}, and each sentence scores the length of its vector in the reduced latent
 * space, {@code sqrt(Σ_k σ_k² v_k(s)²)} over the dimensions whose singular value is at least
 * half the largest one (at most {@link LsaOptions#maxDimensions()}, by default 1: the score
 * then reduces to the sentence's weight {@code σ₁·|v₁(s)|} on the main topic). Unlike Gong and
 * Liu's one sentence per topic, a sentence strong in several important topics ranks high. The
 * best sentences are taken with a redundancy check ({@link GreedySelector}). Only the few
 * dominant singular vectors are computed ({@link TruncatedSvd}), never a full decomposition.
 */
public final class LsaSummarizer implements Summarizer {
  /** A dimension is kept when its singular value is at least this share of the largest one. */
  static final double MIN_SINGULAR_VALUE_SHARE = 0.5;

  private final LsaOptions options;

  /** With {@link LsaOptions#defaults()}. */
  public LsaSummarizer() {
    this(LsaOptions.defaults());
  }

  public LsaSummarizer(LsaOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "lsa";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeBest(scores(cluster));
  }

  /** Each sentence's length in the reduced latent space. */
  double[] scores(AnalyzedCluster cluster) {
    TermStatistics statistics = TermStatistics.of(cluster);
    int n = cluster.size();
    TermVector[] columns = new TermVector[n];
    for (int i = 0; i < n; i++) {
      columns[i] = TermVector.ofTerms(statistics.contentTerms(i), t -> 1.0).indicator();
    }
    TruncatedSvd svd = TruncatedSvd.of(columns, options.maxDimensions());
    double[] sigma = svd.singularValues();
    double[] score = new double[n];
    for (int c = 0; c < sigma.length && sigma[c] >= MIN_SINGULAR_VALUE_SHARE * sigma[0] && sigma[c] > 0; c++) {
      double weight = sigma[c] * sigma[c];
      for (int j = 0; j < n; j++) {
        double v = svd.rightVector(j, c);
        score[j] += weight * v * v;
      }
    }
    for (int j = 0; j < n; j++) {
      score[j] = Math.sqrt(score[j]);
    }
    return score;
  }
}
