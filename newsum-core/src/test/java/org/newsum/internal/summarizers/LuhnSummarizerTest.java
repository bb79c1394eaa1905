package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsum.internal.text.TermStatistics;
import org.newsum.text.AnalyzedCluster;

class LuhnSummarizerTest {
  @Test
  void aSentenceScoresItsBestClusterOfSignificantWords() {
    boolean[] significant = {true, false};
    // S x S x x x x x S: {0, 2} form one cluster (2²/3); the gap of 5 before position 8 starts another (1²/1).
    assertThat(LuhnSummarizer.sentenceScore(new int[] {0, 1, 0, 1, 1, 1, 1, 1, 0}, significant))
        .isCloseTo(4.0 / 3, within(1e-12));
    // S x x x x S S: a gap of exactly 4 keeps one cluster of 3 significant words over 7 words.
    assertThat(LuhnSummarizer.sentenceScore(new int[] {0, 1, 1, 1, 1, 0, 0}, significant)).isCloseTo(9.0 / 7, within(1e-12));
    assertThat(LuhnSummarizer.sentenceScore(new int[] {1, 1}, significant)).isZero();
  }

  @Test
  void onlyFrequentWordsAreSignificant() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermStatistics statistics = TermStatistics.of(cluster);
    boolean[] significant = LuhnSummarizer.significantWords(statistics, 0.1);
    int hurricane = cluster.vocabulary().find("hurrican");
    int football = cluster.vocabulary().find("footbal");
    assertThat(significant[hurricane]).isTrue();
    assertThat(significant[football]).isFalse();
    for (int t = 0; t < significant.length; t++) {
      if (significant[t]) {
        assertThat(statistics.count(t)).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
