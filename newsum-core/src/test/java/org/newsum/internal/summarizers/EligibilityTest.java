package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

class EligibilityTest {
  private final AnalyzedCluster cluster = TestClusters.analyze(
      "The mayor spoke about the flood on Monday. ``The river rose fast. "
          + "We will rebuild every bridge in the valley,'' the mayor told the council on Monday.",
      "Heavy rain flooded the valley town on Monday and closed every bridge.");

  @Test
  void aQuotationTailIsNotEligibleButItsNeighboursAre() {
    int tail = TestClusters.indexOf(cluster, "We will rebuild");
    assertThat(Eligibility.isEligible(cluster, tail, MethodOptions.DEFAULT_MIN_WORDS)).isFalse();
    assertThat(Eligibility.isEligible(cluster, TestClusters.indexOf(cluster, "The mayor spoke"), MethodOptions.DEFAULT_MIN_WORDS)).isTrue();
    assertThat(Eligibility.isEligible(cluster, TestClusters.indexOf(cluster, "Heavy rain"), MethodOptions.DEFAULT_MIN_WORDS)).isTrue();
  }

  @Test
  void noMethodSelectsAQuotationTail() {
    int tail = TestClusters.indexOf(cluster, "We will rebuild");
    for (String name : Summarizers.names()) {
      assertThat(Summarizers.byName(name).select(cluster, Budget.words(200))).as(name).isNotEmpty().doesNotContain(tail);
    }
  }
}
