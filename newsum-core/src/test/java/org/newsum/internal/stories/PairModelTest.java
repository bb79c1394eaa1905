package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelTest {
  @Test
  void atTheTrainingPriorAPosteriorStaysAndAFeedLikeTheTrainingOneKeepsIt() {
    assertThat(PairModel.shift(0.3, PairModel.TRAINING_PRIOR)).isCloseTo(0.3, within(1e-12));
    double[] posteriors = new double[1000];
    Arrays.fill(posteriors, PairModel.TRAINING_PRIOR);
    assertThat(PairModel.prior(posteriors)).isCloseTo(PairModel.TRAINING_PRIOR, within(1e-6));
    assertThat(PairModel.prior(new double[0])).isEqualTo(PairModel.TRAINING_PRIOR);
  }

  @Test
  void theEstimatedPriorIsAFixedPointAndRecoversTheShareOfAFeedOfMostlyOtherStoryPairs() {
    // a feed with 10% same-story pairs, whose posteriors (at the training prior) are those of a
    // model calibrated there: likelihood ratios drawn per class, turned into posteriors
    Random random = new Random(6);
    double[] posteriors = new double[20_000];
    double odds = PairModel.TRAINING_PRIOR / (1 - PairModel.TRAINING_PRIOR);
    for (int k = 0; k < posteriors.length; k++) {
      boolean same = random.nextDouble() < 0.1;
      double logRatio = (same ? 1.5 : -1.5) + random.nextGaussian() * Math.sqrt(3); // ratios of N(±1.5, 3)
      double posteriorOdds = odds * Math.exp(logRatio);
      posteriors[k] = posteriorOdds / (1 + posteriorOdds);
    }
    double q = PairModel.prior(posteriors);
    double mean = Arrays.stream(posteriors).map(p -> PairModel.shift(p, q)).average().orElseThrow();
    assertThat(mean).isCloseTo(q, within(1e-5));
    assertThat(q).isCloseTo(0.1, within(0.02));
    assertThat(Arrays.stream(posteriors).average().orElseThrow()).isGreaterThan(0.25); // unadjusted: far off
    assertThat(PairModel.shift(0.6, q)).isLessThan(0.5);
  }
}
