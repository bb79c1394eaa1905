package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.SumBasicOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;

/**
 * SumBasic (Nenkova and Vanderwende, 2005): word probabilities are their relative frequencies in
 * the cluster; a sentence weighs the average probability of its content words. At each step
 * the method finds the most probable word still available, takes the best-weighted sentence
 * containing it, and squares the probability of every word of that sentence, so that what a
 * summary already says counts less next time (its redundancy control).
 */
public final class SumBasicSummarizer implements Summarizer {
  private final SumBasicOptions options;

  /** With {@link SumBasicOptions#defaults()}. */
  public SumBasicSummarizer() {
    this(SumBasicOptions.defaults());
  }

  public SumBasicSummarizer(SumBasicOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "sumbasic";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    TermStatistics statistics = TermStatistics.of(cluster);
    double[] probability = new double[statistics.vocabularySize()];
    for (int t = 0; t < probability.length; t++) {
      probability[t] = statistics.probability(t);
    }
    int[][] words = new int[cluster.size()][];
    for (int i = 0; i < words.length; i++) {
      words[i] = statistics.contentTerms(i);
    }
    GreedySelector selector = new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity());
    selector.startFromLead(lead -> square(probability, words[lead]));
    boolean[] available = new boolean[cluster.size()];
    for (int i = 0; i < available.length; i++) {
      available[i] = words[i].length > 0 && selector.acceptsInContext(i);
    }
    // Each step scans the candidates: keep the pool bounded on long inputs.
    TopScores.keepBest(available, i -> weight(words[i], probability));
    while (!selector.isFull()) {
      for (int i = 0; i < available.length; i++) {
        available[i] &= selector.fits(i); // the budget only shrinks: what does not fit never will
      }
      int best = bestSentenceWithTopWord(words, probability, available);
      if (best < 0) {
        break;
      }
      available[best] = false;
      // kept with the sentence it leans on if it dangles; else it no longer fits or is redundant
      selector.take(best, k -> {
        available[k] = false;
        square(probability, words[k]);
      });
    }
    return selector.selected();
  }

  /** The step-2/3 choice: the highest-weighted available sentence containing the most probable available word. */
  static int bestSentenceWithTopWord(int[][] words, double[] probability, boolean[] available) {
    int topWord = -1;
    for (int i = 0; i < words.length; i++) {
      if (available[i]) {
        for (int t : words[i]) {
          if (topWord < 0 || probability[t] > probability[topWord]) {
            topWord = t;
          }
        }
      }
    }
    if (topWord < 0) {
      return -1;
    }
    int best = -1;
    double bestWeight = -1;
    for (int i = 0; i < words.length; i++) {
      if (available[i] && contains(words[i], topWord)) {
        double weight = weight(words[i], probability);
        if (weight > bestWeight) {
          best = i;
          bestWeight = weight;
        }
      }
    }
    return best;
  }

  /** Average probability of a sentence's words. */
  static double weight(int[] sentenceWords, double[] probability) {
    double sum = 0;
    for (int t : sentenceWords) {
      sum += probability[t];
    }
    return sum / sentenceWords.length;
  }

  /** The update step: each word of a chosen sentence gets {@code p(w) := p(w)²} (once per word). */
  static void square(double[] probability, int[] sentenceWords) {
    for (int t : Arrays.stream(sentenceWords).distinct().toArray()) {
      probability[t] *= probability[t];
    }
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
