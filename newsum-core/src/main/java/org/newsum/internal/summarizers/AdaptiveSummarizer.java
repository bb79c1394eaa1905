package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.model.Budget;
import org.newsum.summarizers.DefaultOptions;
import org.newsum.summarizers.Extract;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

/**
 * The {@code default} method: concept coverage ({@link ConceptCoverageSummarizer}) where the
 * cluster has enough documents for document frequency to say what the story is, and sentence
 * centrality ({@link LexRankSummarizer}, thresholded) on generic clusters of at most
 * {@link DefaultOptions#fewDocuments()} documents. With so few documents every concept passes
 * the coverage model's document-frequency filter ({@code ceil(D/3) = 1}), so its weights reduce
 * to position and chance repetition, while centrality still sees which sentences the others
 * echo. A single article ({@link SingleDocumentSummarizer}) gets a position-weighted centroid instead,
 * since centrality within one article has no notion of its lead. Query-focused clusters always
 * use concept coverage, whose query weighting LexRank lacks.
 * The choice per cluster is {@link DefaultOptions#choose}.
 */
public final class AdaptiveSummarizer implements Summarizer {
  private final DefaultOptions options;
  private final Summarizer coverage;
  private final Summarizer centrality;
  private final Summarizer singleDocument;

  /** With {@link DefaultOptions#defaults()}. */
  public AdaptiveSummarizer() {
    this(DefaultOptions.defaults());
  }

  public AdaptiveSummarizer(DefaultOptions options) {
    this.options = options;
    this.coverage = options.coverage().summarizer();
    this.centrality = options.centrality().summarizer();
    this.singleDocument = new SingleDocumentSummarizer(options.singleDocumentPositionWeight(), options.minWords(),
        MethodOptions.DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String name() {
    return Summarizers.DEFAULT;
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return chooseFor(cluster).select(cluster, budget);
  }

  @Override
  public List<Extract> extract(AnalyzedCluster cluster, Budget budget) {
    return chooseFor(cluster).extract(cluster, budget);
  }

  /** The method this summarizer delegates to for {@code cluster}. */
  Summarizer chooseFor(AnalyzedCluster cluster) {
    MethodOptions chosen = options.choose(cluster).options();
    return chosen == options ? singleDocument : chosen == options.coverage() ? coverage : centrality;
  }
}
