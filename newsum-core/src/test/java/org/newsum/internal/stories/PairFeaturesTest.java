package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  /** Article 0 lists 1 (cosine 0.8) then 2 (0.1); 1 and 2 list only 0. */
  private static final NearestNeighbours NEIGHBOURS = new NearestNeighbours(new double[] {0.8, 0.8, 0.1},
      new int[][] {{1, 2}, {0}, {0}}, new int[][] {{1, 2}, {0}, {0}}, new double[][] {{0.8, 0.1}, {0.8}, {0.1}});

  private static final double LN2 = Math.log(2);

  private static double[] features(int i, int j, double cosine) {
    double[] out = new double[PairFeatures.COUNT];
    new PairFeatures(NEIGHBOURS, new int[] {120, 40, 7}).of(i, j, cosine, out);
    return out;
  }

  @Test
  void mutualNearestNeighboursStandAtRankZeroBeforeTheirListsLargestDrop() {
    double[] f = features(0, 1, 0.8);
    assertThat(f[0]).isEqualTo(0.8);
    assertThat(f[1]).isCloseTo(0, within(1e-12)); // each other's nearest
    assertThat(f[2]).isZero();
    assertThat(f[3]).isZero();
    assertThat(f[4]).isZero(); // 0 lists {1, 2}, 1 lists {0}: nothing in common
    assertThat(f[5]).isCloseTo(Math.log(0.8), within(1e-12));
    // a short list is padded with the floor: the pair stands far above both lists' tails
    assertThat(f[6]).isCloseTo(Math.log(0.8 / PairFeatures.FLOOR), within(1e-12));
    assertThat(f[10]).isEqualTo(2); // 0's largest drop is after 2, 1's after 0: the pair is before both
    assertThat(f[13]).isZero(); // 1's drop is after rank 0
    assertThat(f[14]).isCloseTo(Math.log1p(1), within(1e-12)); // 0's after rank 1
  }

  @Test
  void richnessIsTheArticlesLogTermsAgainstTheFeedsMedianLesserFirst() {
    double[] f = features(0, 2, 0.1); // 120 and 7 terms; the median article has 40
    double[] logs = {Math.log(121), Math.log(41), Math.log(8)};
    double mean = (logs[0] + logs[1] + logs[2]) / 3;
    double sd = Math.sqrt(Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / 3) + PairFeatures.FLOOR;
    assertThat(f[15]).isCloseTo(Math.log(8.0 / 41) / sd, within(1e-12));
    assertThat(f[16]).isCloseTo(Math.log(121.0 / 41) / sd, within(1e-12));
    assertThat(features(1, 2, 0.05)[16]).isZero(); // the median article itself
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    // log1p: 0, 2 ln 2, 4 ln 2, 6 ln 2; median and mean 3 ln 2, standard deviation sqrt(5) ln 2
    double sd = Math.sqrt(5) * LN2 + PairFeatures.FLOOR;
    assertThat(PairFeatures.richness(new int[] {0, 3, 15, 63}))
        .containsExactly(new double[] {-3 * LN2 / sd, -LN2 / sd, LN2 / sd, 3 * LN2 / sd}, within(1e-12));
    assertThat(PairFeatures.richness(new int[] {9, 9, 9})).containsExactly(0, 0, 0); // all alike: 0, not NaN
  }

  @Test
  void aPairAbsentFromBothListsStandsAtTheListLengthAndCountsTheNeighboursItShares() {
    double[] f = features(1, 2, 0.05);
    assertThat(f[2]).isCloseTo(Math.log1p(PairFeatures.NEIGHBOURS), within(1e-12));
    assertThat(f[3]).isCloseTo(Math.log1p(PairFeatures.NEIGHBOURS), within(1e-12));
    assertThat(f[4]).isCloseTo(1.0 / PairFeatures.NEIGHBOURS, within(1e-12)); // both list 0
    assertThat(f[10]).isZero();
  }

  @Test
  void theSecondNeighbourStandsAtRankOneOnOneSideAndZeroOnTheOther() {
    double[] f = features(0, 2, 0.1);
    assertThat(f[2]).isZero();
    assertThat(f[3]).isCloseTo(Math.log1p(1), within(1e-12));
    assertThat(f[1]).isCloseTo(Math.log(0.1 / Math.sqrt(0.8 * 0.1)), within(1e-12));
    assertThat(f[8]).isLessThan(f[9]); // a lower z-score in 0's list than in 2's, where it is the top
  }

  @Test
  void meaningIsThePairsEmbeddingCosineAboveBothArticlesLevelsAmongTheirCandidates() {
    // four articles on a circle: 0 at 0°, 1 at 60°, 2 at 90°; 3 has no embedding
    float[][] embeddings = {unit(0), unit(60), unit(90), new float[0]};
    int[] first = {0, 0, 1, 0};
    int[] second = {1, 2, 2, 3};
    double[] meaning = PairFeatures.meaning(first, second, 4, embeddings);
    double c01 = Math.cos(Math.toRadians(60));
    double c02 = 0;
    double c12 = Math.cos(Math.toRadians(30));
    // levels: the mean of each article's cosines with its candidates (fewer than ten here)
    double level0 = (c01 + c02) / 2;
    double level1 = (c01 + c12) / 2;
    double level2 = (c02 + c12) / 2;
    assertThat(meaning[0]).isCloseTo(2 * c01 - level0 - level1, within(1e-6));
    assertThat(meaning[1]).isCloseTo(2 * c02 - level0 - level2, within(1e-6));
    assertThat(meaning[2]).isCloseTo(2 * c12 - level1 - level2, within(1e-6));
    assertThat(meaning[3]).as("an article without an embedding").isNaN();
  }

  @Test
  void anArticlesLevelIsTheMeanOfItsTenHighestCandidateCosines() {
    // article 0 with twelve candidates at cosines 0.0, 0.1, ..., 1.1 (unnormalised: the dot product is what counts)
    int n = 13;
    float[][] embeddings = new float[n][];
    embeddings[0] = new float[] {1, 0};
    int[] first = new int[n - 1];
    int[] second = new int[n - 1];
    for (int k = 1; k < n; k++) {
      embeddings[k] = new float[] {(k - 1) / 10f, 0};
      second[k - 1] = k;
    }
    double[] meaning = PairFeatures.meaning(first, second, n - 1, embeddings);
    double level0 = (0.2 + 0.3 + 0.4 + 0.5 + 0.6 + 0.7 + 0.8 + 0.9 + 1.0 + 1.1) / 10;
    // the candidate at 0.5 has one candidate, article 0, so its level is 0.5
    assertThat(meaning[5]).isCloseTo(2 * 0.5 - level0 - 0.5, within(1e-6));
  }

  private static float[] unit(double degrees) {
    return new float[] {(float) Math.cos(Math.toRadians(degrees)), (float) Math.sin(Math.toRadians(degrees))};
  }
}
