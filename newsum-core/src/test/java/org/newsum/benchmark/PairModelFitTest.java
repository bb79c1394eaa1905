package org.newsum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelFitTest {
  /** Raw weights of three features of very different scales and offsets, and the intercept. */
  private static final double[] WEIGHTS = {1.5, -0.02, 80};
  private static final double BIAS = 0.5;

  /** Rows drawn around 0, 5 and 0 with spreads 1, 100 and 0.01; labels drawn from the true model. */
  private static PairModelFit.Model fitGenerated(int n, double l2, boolean[] labels) {
    Random random = new Random(2026);
    double[][] rows = new double[n][];
    PairModelFit.Model truth = new PairModelFit.Model(WEIGHTS, BIAS, 0, 0);
    for (int k = 0; k < n; k++) {
      rows[k] = new double[] {random.nextGaussian(), 5 + 100 * random.nextGaussian(), 0.01 * random.nextGaussian()};
      labels[k] = random.nextDouble() < truth.posterior(rows[k]);
    }
    return PairModelFit.fit(rows, labels, l2);
  }

  @Test
  void recoversTheWeightsOfGeneratedDataInRawFeatureUnits() {
    boolean[] labels = new boolean[40_000];
    PairModelFit.Model model = fitGenerated(labels.length, 1e-6, labels);
    for (int f = 0; f < WEIGHTS.length; f++) {
      assertThat(model.weights()[f]).as("weight %d", f).isCloseTo(WEIGHTS[f], within(0.06 * Math.abs(WEIGHTS[f])));
    }
    assertThat(model.bias()).isCloseTo(BIAS, within(0.06));
    assertThat(model.steps()).isLessThan(20);
  }

  @Test
  void theTrainingPriorIsTheShareOfSameStoryPairs() {
    boolean[] labels = new boolean[5_000];
    PairModelFit.Model model = fitGenerated(labels.length, 1, labels);
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    assertThat(model.prior()).isCloseTo((double) positives / labels.length, within(1e-9));
  }

  @Test
  void anL2PenaltyShrinksTheWeights() {
    boolean[] labels = new boolean[2_000];
    double loose = Math.abs(fitGenerated(labels.length, 1e-6, labels).weights()[0]);
    double tight = Math.abs(fitGenerated(labels.length, 1_000, labels).weights()[0]);
    assertThat(tight).isLessThan(0.7 * loose);
  }

  @Test
  void solvesASymmetricPositiveDefiniteSystemFromItsLowerTriangle() {
    double[][] a = {{4, 0, 0}, {2, 3, 0}, {-2, 1, 6}}; // lower triangle of [[4,2,-2],[2,3,1],[-2,1,6]]
    double[] x = PairModelFit.solve(a, new double[] {4 * 1 + 2 * 2 - 2 * 3, 2 * 1 + 3 * 2 + 3, -2 * 1 + 2 + 6 * 3});
    assertThat(x).containsExactly(new double[] {1, 2, 3}, within(1e-12));
    assertThatThrownBy(() -> PairModelFit.solve(new double[][] {{1, 0}, {1, 1}}, new double[] {1, 1}))
        .hasMessageContaining("collinear");
  }

  @Test
  void writesSixSignificantDigits() {
    assertThat(PairModelFit.sixDigits(16.227981)).isEqualTo("16.228");
    assertThat(PairModelFit.sixDigits(-1.3761549)).isEqualTo("-1.37615");
    assertThat(PairModelFit.sixDigits(0.13756812)).isEqualTo("0.137568");
  }
}
