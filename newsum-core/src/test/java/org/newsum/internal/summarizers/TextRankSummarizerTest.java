package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

class TextRankSummarizerTest {
  @Test
  void theSentenceOverlappingMostOthersRanksFirst() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Volcano ash grounded flights across Iceland today. Volcano eruptions continue near the glacier. "
            + "Ash clouds drifted toward Norway slowly. Flights resumed in Scotland on Friday. "
            + "Iceland declared a local emergency yesterday.");
    int hub = TestClusters.indexOf(cluster, "Volcano ash grounded");
    double[] scores = new TextRankSummarizer().scores(cluster);
    for (int i = 0; i < scores.length; i++) {
      if (i != hub) {
        assertThat(scores[hub]).isGreaterThan(scores[i]);
      }
    }
    assertThat(new TextRankSummarizer().select(cluster, Budget.sentences(1))).containsExactly(hub);
  }

  @Test
  void sentencesWithoutSharedWordsGetTheMinimumScore() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Volcano ash grounded flights today. Volcano ash covered the runway. Parliament approved the budget.");
    double[] scores = new TextRankSummarizer().scores(cluster);
    int isolated = TestClusters.indexOf(cluster, "Parliament");
    assertThat(scores[isolated]).isCloseTo((1 - TextRankSummarizer.DAMPING) / 3 + TextRankSummarizer.DAMPING * scores[isolated] / 3,
        org.assertj.core.api.Assertions.within(1e-7));
    assertThat(scores[isolated]).isLessThan(scores[0]);
  }
}
