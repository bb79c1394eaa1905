package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.TextRankOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * TextRank for sentence extraction (Mihalcea and Tarau, 2004): sentences are vertices, two
 * sentences are linked with weight {@code |shared words| / (log|Si| + log|Sj|)} (the paper's
 * content overlap, normalized by sentence length, over stemmed content words), and vertices
 * are ranked by weighted PageRank with damping 0.85; the best are then taken with a
 * redundancy check ({@link GreedySelector}).
 */
public final class TextRankSummarizer implements Summarizer {
  private final TextRankOptions options;

  /** With {@link TextRankOptions#defaults()}. */
  public TextRankSummarizer() {
    this(TextRankOptions.defaults());
  }

  public TextRankSummarizer(TextRankOptions options) {
    this.options = options;
  }

  static final double DAMPING = 0.85;

  @Override
  public String name() {
    return "textrank";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeBest(scores(cluster));
  }

  /** TextRank score of every sentence (they sum to 1). */
  double[] scores(AnalyzedCluster cluster) {
    int n = cluster.size();
    TermVector[] words = new TermVector[n];
    double[] logLength = new double[n];
    for (int i = 0; i < n; i++) {
      TermVector frequencies = cluster.contentTerms(i);
      words[i] = frequencies.indicator();
      double length = 0;
      for (int k = 0; k < frequencies.size(); k++) {
        length += frequencies.weightAt(k);
      }
      logLength[i] = Math.log(length);
    }
    SimilarityGraph graph = SimilarityGraph.build(words, false, (i, j, shared) -> {
      double normalizer = logLength[i] + logLength[j];
      return normalizer > 0 ? shared / normalizer : 0;
    });
    return graph.pageRank(DAMPING, LexRankSummarizer.TOLERANCE, LexRankSummarizer.MAX_ITERATIONS);
  }
}
