package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.summarizers.LeadOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;

/**
 * The lead baseline: the first sentences of the documents, then their second sentences, and so
 * on, position by position, as news puts the main facts first.
 *
 * <p>At each position it takes, of the documents' sentences at that position (in document
 * order), the combination that fills the most of the budget still left, whole sentences only
 * ({@link GreedySelector#takeBestFit}): so when the next document's first sentence does not fit,
 * the other documents' first sentences are tried in its place, and the budget is filled with
 * first sentences as far as they can fill it before any second sentence is used. Of
 * combinations that fill equally it prefers earlier documents (the one that reaches least far
 * down the document list). As in every method, fragments (headlines, captions) are skipped, and
 * so is a sentence that repeats one already taken or an earlier document's at the same position
 * (content-word cosine of {@link LeadOptions#maxSimilarity()} or more), since wire
 * copies of one story often share their first sentence. Positions count every sentence of a
 * document, so one that opens with a headline offers its first real sentence at the second.
 */
public final class LeadSummarizer implements Summarizer {
  private final LeadOptions options;

  /** With {@link LeadOptions#defaults()}. */
  public LeadSummarizer() {
    this(LeadOptions.defaults());
  }

  public LeadSummarizer(LeadOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "lead";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    int[] firstOfDocument = new int[cluster.documentCount()];
    for (int i = cluster.size() - 1; i >= 0; i--) {
      firstOfDocument[cluster.sentence(i).documentIndex()] = i;
    }
    int longest = 0;
    for (int d = 0; d < cluster.documentCount(); d++) {
      longest = Math.max(longest, cluster.documentSentenceCount(d));
    }
    GreedySelector selector = new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity());
    for (int position = 0; position < longest && !selector.isFull(); position++) {
      List<Integer> atPosition = new ArrayList<>(cluster.documentCount());
      for (int d = 0; d < cluster.documentCount(); d++) {
        if (position < cluster.documentSentenceCount(d)) {
          atPosition.add(firstOfDocument[d] + position);
        }
      }
      selector.takeBestFit(atPosition);
    }
    return selector.selected();
  }
}
