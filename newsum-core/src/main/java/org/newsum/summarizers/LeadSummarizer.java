package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

/**
 * The lead baseline: the first sentence of each document in turn, then the second of each,
 * and so on, skipping sentences that do not fit the budget or repeat one already taken.
 */
public final class LeadSummarizer implements Summarizer {
  @Override
  public String name() {
    return "lead";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    // Round-robin order of sentence indices: position 0 of every document, then position 1...
    int[] firstOfDocument = new int[cluster.documentCount()];
    for (int i = cluster.size() - 1; i >= 0; i--) {
      firstOfDocument[cluster.sentence(i).documentIndex()] = i;
    }
    List<Integer> order = new ArrayList<>(cluster.size());
    int maxLength = 0;
    for (int d = 0; d < cluster.documentCount(); d++) {
      maxLength = Math.max(maxLength, cluster.documentSentenceCount(d));
    }
    for (int position = 0; position < maxLength; position++) {
      for (int d = 0; d < cluster.documentCount(); d++) {
        if (position < cluster.documentSentenceCount(d)) {
          order.add(firstOfDocument[d] + position);
        }
      }
    }
    return new GreedySelector(cluster, budget).takeInOrder(order);
  }
}
