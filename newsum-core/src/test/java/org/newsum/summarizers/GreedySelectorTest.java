package org.newsum.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

class GreedySelectorTest {
  private final AnalyzedCluster cluster = TestClusters.analyze(
      "The hurricane killed twelve people on the coast today. "
          + "The hurricane killed twelve people on the coast, officials said. "
          + "Flooded roads cut off villages for two days.");

  @Test
  void rejectsNearDuplicatesOfWhatWasAddedAndWhatNoLongerFits() {
    GreedySelector selector = new GreedySelector(cluster, Budget.words(16));
    assertThat(selector.accepts(0)).isTrue();
    selector.add(0);
    assertThat(selector.accepts(0)).isFalse();
    assertThat(selector.accepts(1)).isFalse(); // near-duplicate of 0
    assertThat(selector.accepts(2)).isFalse(); // 9 + 8 words exceed 16
    assertThat(new GreedySelector(cluster, Budget.words(17)).accepts(2)).isTrue();
  }

  @Test
  void takeBestFollowsTheScores() {
    assertThat(new GreedySelector(cluster, Budget.sentences(2)).takeBest(new double[] {0.1, 0.2, 0.3})).containsExactly(2, 1);
  }
}
