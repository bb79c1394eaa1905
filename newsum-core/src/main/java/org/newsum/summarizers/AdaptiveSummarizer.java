package org.newsum.summarizers;

import java.util.List;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

/**
 * The {@code default} method: concept coverage ({@link ConceptCoverageSummarizer}) where the
 * cluster has enough documents for document frequency to say what the story is, and sentence
 * centrality ({@link LexRankSummarizer}, thresholded) on generic clusters of at most
 * {@link #FEW_DOCUMENTS} documents. With so few documents every concept passes the coverage
 * model's document-frequency filter ({@code ceil(D/3) = 1}), so its weights reduce to position
 * and chance repetition, while centrality still sees which sentences the others echo.
 * Query-focused clusters always use concept coverage, whose query weighting LexRank lacks.
 */
public final class AdaptiveSummarizer implements Summarizer {
  /** Clusters of at most this many documents are summarized by centrality. */
  public static final int FEW_DOCUMENTS = 3;

  private final Summarizer coverage = new ConceptCoverageSummarizer();
  private final Summarizer centrality = LexRankSummarizer.thresholded();

  @Override
  public String name() {
    return Summarizers.DEFAULT;
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return chooseFor(cluster).select(cluster, budget);
  }

  /** The method this summarizer delegates to for {@code cluster}. */
  Summarizer chooseFor(AnalyzedCluster cluster) {
    boolean fewDocuments = cluster.documentCount() <= FEW_DOCUMENTS && cluster.queryTerms().length == 0;
    return fewDocuments ? centrality : coverage;
  }
}
