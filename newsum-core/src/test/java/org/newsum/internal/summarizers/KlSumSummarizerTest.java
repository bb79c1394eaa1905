package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.KlSumOptions;
import org.newsum.summarizers.MethodOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

class KlSumSummarizerTest {
  private static TermVector counts(TermStatistics statistics, int i) {
    return TermVector.ofTerms(statistics.contentTerms(i), t -> 1.0);
  }

  @Test
  void theIncrementalDecreaseEqualsTheDivergenceRecomputedFromScratch() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermStatistics statistics = TermStatistics.of(cluster);
    KlSumSummarizer.SummaryDistribution summary = new KlSumSummarizer.SummaryDistribution(statistics, 0.1);
    for (int added : new int[] {0, 3, 4}) {
      for (int i = 0; i < cluster.size(); i++) {
        KlSumSummarizer.SummaryDistribution trial = new KlSumSummarizer.SummaryDistribution(statistics, 0.1);
        for (int previous : added == 0 ? new int[0] : added == 3 ? new int[] {0} : new int[] {0, 3}) {
          trial.add(counts(statistics, previous));
        }
        double before = trial.divergence();
        double predicted = trial.divergenceDecrease(counts(statistics, i));
        trial.add(counts(statistics, i));
        assertThat(before - trial.divergence()).as("sentence %d after %d", i, added).isCloseTo(predicted, within(1e-9));
      }
      summary.add(counts(statistics, added));
    }
  }

  @Test
  void picksTheSentenceThatLowersTheDivergenceMost() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermStatistics statistics = TermStatistics.of(cluster);
    List<Integer> chosen = new KlSumSummarizer(KlSumOptions.defaults()).select(cluster, Budget.sentences(1));
    double best = Double.POSITIVE_INFINITY;
    int bestSentence = -1;
    for (int i = 0; i < cluster.size(); i++) {
      if (!Eligibility.isEligible(cluster, i, MethodOptions.DEFAULT_MIN_WORDS)) {
        continue;
      }
      KlSumSummarizer.SummaryDistribution alone = new KlSumSummarizer.SummaryDistribution(statistics, 0.1);
      alone.add(counts(statistics, i));
      if (alone.divergence() < best) {
        best = alone.divergence();
        bestSentence = i;
      }
    }
    assertThat(chosen).containsExactly(bestSentence);
  }
}
