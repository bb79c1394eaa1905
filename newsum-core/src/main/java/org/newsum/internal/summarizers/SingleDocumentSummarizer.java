package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.summarizers.DefaultOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

/**
 * {@code default} on a generic one-document cluster: a position-weighted centroid. A sentence
 * scores its MEAD centroid score ({@link CentroidSummarizer}: the sum of its words' tf-isf weights,
 * the document being its own background), scaled so that the best sentence scores 1, plus
 * {@link DefaultOptions#singleDocumentPositionWeight()} divided by its position in the document
 * (1 for the first sentence, 1/2 for the second, ...); sentences are then taken best first with
 * the redundancy and readability checks of {@link GreedySelector#takeInOrder}.
 *
 * <p>News puts its main fact first, so the prior makes the lead the usual first choice; unlike
 * {@link GreedySelector#startFromLead}, which takes the first sentence that fits whatever it says,
 * a lead that does not fit the budget gives way to the sentence that best combines content and an
 * early position, not to the next one in line (a quotation, a scene). Thresholded LexRank, which
 * {@code default} uses on a few documents, has no position prior and on one article follows
 * whatever the article repeats.
 */
public final class SingleDocumentSummarizer implements Summarizer {
  private final double positionWeight;
  private final int minWords;
  private final double maxSimilarity;

  /**
   * @param positionWeight weight of the position prior 1/(index + 1) against the centroid score, which is scaled to at most 1
   * @param minWords shortest eligible sentence, in words
   * @param maxSimilarity content-word cosine from which a sentence repeats a kept one
   */
  public SingleDocumentSummarizer(double positionWeight, int minWords, double maxSimilarity) {
    this.positionWeight = positionWeight;
    this.minWords = minWords;
    this.maxSimilarity = maxSimilarity;
  }

  @Override
  public String name() {
    return Summarizers.DEFAULT;
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    double[] score = CentroidSummarizer.centroidScores(cluster);
    double max = 0;
    for (double s : score) {
      max = Math.max(max, s);
    }
    for (int i = 0; i < score.length; i++) {
      score[i] = (max == 0 ? 0 : score[i] / max) + positionWeight / (cluster.sentence(i).index() + 1);
    }
    List<Integer> ranking = new ArrayList<>(score.length);
    for (int i = 0; i < score.length; i++) {
      ranking.add(i);
    }
    ranking.sort((x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
    return new GreedySelector(cluster, budget, minWords, maxSimilarity).takeInOrder(ranking);
  }
}
