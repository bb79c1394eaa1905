package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsum.NewsumException;
import org.newsum.model.Budget;
import org.newsum.summarizers.LexRankOptions;
import org.newsum.text.AnalyzedCluster;

class LexRankSummarizerTest {
  /** Sentence 0 shares a rare word with each of the others; they share nothing among themselves. */
  private static final AnalyzedCluster HUB = TestClusters.analyze(
      "Volcano ash grounded flights across Iceland today. Volcano eruptions continue near the glacier. "
          + "Ash clouds drifted toward Norway slowly. Flights resumed in Scotland on Friday. "
          + "Iceland declared a local emergency yesterday.");

  @Test
  void theMostCentralSentenceRanksFirstInBothVariants() {
    int hub = TestClusters.indexOf(HUB, "Volcano ash grounded");
    for (LexRankSummarizer lexRank : new LexRankSummarizer[] {LexRankSummarizer.continuous(), LexRankSummarizer.thresholded()}) {
      double[] scores = lexRank.centrality(HUB);
      assertThat(Arrays.stream(scores).sum()).isCloseTo(1.0, within(1e-9));
      for (int i = 0; i < scores.length; i++) {
        if (i != hub) {
          assertThat(scores[hub]).as(lexRank.name() + " hub vs " + i).isGreaterThan(scores[i]);
        }
      }
      assertThat(lexRank.select(HUB, Budget.sentences(1))).containsExactly(hub);
    }
  }

  @Test
  void aThresholdAboveEveryCosineLeavesOnlySelfLoopsAndUniformScores() {
    double[] scores = new LexRankSummarizer(new LexRankOptions(false, 0.99, 5, 0.5)).centrality(HUB);
    for (double s : scores) {
      assertThat(s).isCloseTo(1.0 / scores.length, within(1e-12));
    }
  }

  @Test
  void rejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new LexRankOptions(false, 1.5, 5, 0.5)).isInstanceOf(NewsumException.class)
        .hasMessage("option 'threshold' of method 'lexrank-threshold' must be a number in [0, 1), got 1.5");
  }
}
