package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.summarizers.CentroidOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * MEAD's centroid method (Radev et al., 2004): a sentence scores the sum of the tf-idf
 * centroid values of its words, plus a position bonus that decays from each document's first
 * sentence, plus its overlap with its document's first sentence; sentences are then taken best
 * first with a redundancy check ({@link GreedySelector}).
 */
public final class CentroidSummarizer implements Summarizer {
  private final CentroidOptions options;

  /** With MEAD's defaults ({@link CentroidOptions#defaults()}). */
  public CentroidSummarizer() {
    this(CentroidOptions.defaults());
  }

  public CentroidSummarizer(CentroidOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "centroid";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    int n = cluster.size();
    if (n == 0) {
      return List.of();
    }
    double[] centroidScore = centroidScores(cluster);
    double maxCentroid = 0;
    for (double s : centroidScore) {
      maxCentroid = Math.max(maxCentroid, s);
    }
    TermVector[] vectors = new TermVector[n];
    for (int i = 0; i < n; i++) {
      vectors[i] = cluster.contentTerms(i);
    }
    double[] score = new double[n];
    int firstOfDocument = 0;
    for (int i = 0; i < n; i++) {
      var sentence = cluster.sentence(i);
      if (sentence.index() == 0) {
        firstOfDocument = i;
      }
      double position = Math.sqrt(1.0 / (sentence.index() + 1)); // MEAD: sqrt(1/i) scaled to C_max
      double overlap = vectors[i].dot(vectors[firstOfDocument]) / Math.max(1e-9, vectors[firstOfDocument].dot(vectors[firstOfDocument]));
      double normalizedCentroid = maxCentroid == 0 ? 0 : centroidScore[i] / maxCentroid;
      score[i] = normalizedCentroid + options.positionWeight() * position + options.firstSentenceWeight() * overlap;
    }
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeBest(score);
  }

  /** Every sentence's centroid score: the sum of the {@linkplain #centroid centroid} values of its content words. */
  static double[] centroidScores(AnalyzedCluster cluster) {
    double[] centroid = centroid(cluster);
    double[] scores = new double[cluster.size()];
    for (int i = 0; i < scores.length; i++) {
      double s = 0;
      for (int t : cluster.terms(i)) {
        if (!cluster.vocabulary().isStopWord(t)) {
          s += centroid[t];
        }
      }
      scores[i] = s;
    }
    return scores;
  }

  /**
   * The cluster centroid: for every content term, its mean frequency per document times its
   * inverse sentence frequency (the cluster is its own background corpus). Terms that only one
   * document uses are not central and get no weight (unless the cluster has one document).
   */
  private static double[] centroid(AnalyzedCluster cluster) {
    int vocab = cluster.vocabulary().size();
    double[] tf = new double[vocab];
    int[] sentenceFrequency = new int[vocab];
    int[] lastSentence = new int[vocab];
    Arrays.fill(lastSentence, -1);
    for (int i = 0; i < cluster.size(); i++) {
      for (int t : cluster.terms(i)) {
        tf[t]++;
        if (lastSentence[t] != i) {
          lastSentence[t] = i;
          sentenceFrequency[t]++;
        }
      }
    }
    int docs = cluster.documentCount();
    double[] centroid = new double[vocab];
    for (int t = 0; t < vocab; t++) {
      if (cluster.vocabulary().isStopWord(t) || docs > 1 && cluster.documentFrequency(t) < 2) {
        continue;
      }
      double idf = Math.log(1.0 + (double) cluster.size() / sentenceFrequency[t]);
      centroid[t] = tf[t] / docs * idf;
    }
    return centroid;
  }
}
