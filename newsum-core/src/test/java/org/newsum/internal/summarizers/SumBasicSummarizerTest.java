package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

class SumBasicSummarizerTest {
  @Test
  void theUpdateSquaresEachWordOfTheChosenSentenceOnce() {
    double[] probability = {0.5, 0.3, 0.2};
    SumBasicSummarizer.square(probability, new int[] {0, 0, 2});
    assertThat(probability).containsExactly(new double[] {0.25, 0.3, 0.04}, within(1e-15));
  }

  @Test
  void picksTheBestSentenceContainingTheMostProbableWord() {
    // word 0 is most probable; sentence 1 has the higher average among those containing it.
    double[] probability = {0.4, 0.3, 0.05, 0.25};
    int[][] words = {{0, 2}, {0, 3}, {1, 3}};
    boolean[] available = {true, true, true};
    assertThat(SumBasicSummarizer.bestSentenceWithTopWord(words, probability, available)).isEqualTo(1);
    available[1] = false;
    assertThat(SumBasicSummarizer.bestSentenceWithTopWord(words, probability, available)).isEqualTo(0);
    available[0] = false;
    assertThat(SumBasicSummarizer.bestSentenceWithTopWord(words, probability, available)).isEqualTo(2);
    available[2] = false;
    assertThat(SumBasicSummarizer.bestSentenceWithTopWord(words, probability, available)).isEqualTo(-1);
  }

  @Test
  void afterTheUpdateTheSecondSentenceCoversOtherWords() {
    AnalyzedCluster cluster = TestClusters.storm();
    var chosen = new SumBasicSummarizer().select(cluster, Budget.sentences(2));
    assertThat(cluster.sentence(chosen.get(0)).text()).contains("hurricane");
    assertThat(cluster.sentence(chosen.get(1)).text()).doesNotContain("hurricane");
  }
}
