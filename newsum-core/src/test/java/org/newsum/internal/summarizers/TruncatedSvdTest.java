package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.text.TermVector;

class TruncatedSvdTest {
  @Test
  void reproducesAKnownDecomposition() {
    // A = [[3, 0], [4, 5]] (terms × sentences): AᵀA = [[25, 20], [20, 25]], so σ = √45, √5 and
    // the right singular vectors are (1, 1)/√2 and (1, −1)/√2.
    TermVector[] columns = {
      TermVector.of(new int[] {0, 1}, new double[] {3, 4}), TermVector.of(new int[] {1}, new double[] {5})
    };
    TruncatedSvd svd = TruncatedSvd.of(columns, 2);
    assertThat(svd.singularValues()).containsExactly(new double[] {Math.sqrt(45), Math.sqrt(5)}, within(1e-9));
    double r = Math.sqrt(0.5);
    assertThat(Math.abs(svd.rightVector(0, 0))).isCloseTo(r, within(1e-6));
    assertThat(svd.rightVector(0, 0) * svd.rightVector(1, 0)).isCloseTo(0.5, within(1e-6));
    assertThat(svd.rightVector(0, 1) * svd.rightVector(1, 1)).isCloseTo(-0.5, within(1e-6));
  }

  @Test
  void aMatrixOfLowerRankThanTheBlockIsDecomposedAsWell() {
    // 30 sentences of one term each out of three: rank 3, so most of the 11 block columns
    // collapse in every iteration and must be replaced. AᵀA has the eigenvalue 10 three times.
    TermVector[] columns = new TermVector[30];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = TermVector.of(new int[] {j % 3}, new double[] {1});
    }
    TruncatedSvd svd = TruncatedSvd.of(columns, 3);
    assertThat(svd.singularValues()).containsExactly(new double[] {Math.sqrt(10), Math.sqrt(10), Math.sqrt(10)}, within(1e-9));
    for (int c = 0; c < 3; c++) {
      double norm = 0;
      for (int j = 0; j < columns.length; j++) {
        norm += svd.rightVector(j, c) * svd.rightVector(j, c);
      }
      assertThat(norm).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void dominantTripletsOfARandomSparseMatrixAreEigenpairsOfTheGramMatrix() {
    SplittableRandom random = new SplittableRandom(7);
    int sentences = 60;
    int terms = 40;
    double[][] dense = new double[terms][sentences];
    TermVector[] columns = new TermVector[sentences];
    for (int j = 0; j < sentences; j++) {
      int[] ids = random.ints(0, terms).distinct().limit(6).sorted().toArray();
      double[] ones = new double[ids.length];
      java.util.Arrays.fill(ones, 1);
      columns[j] = TermVector.of(ids, ones);
      for (int t : ids) {
        dense[t][j] = 1;
      }
    }
    TruncatedSvd svd = TruncatedSvd.of(columns, 3);
    double[] sigma = svd.singularValues();
    assertThat(sigma[0]).isGreaterThanOrEqualTo(sigma[1]);
    assertThat(sigma[1]).isGreaterThanOrEqualTo(sigma[2]);
    for (int c = 0; c < 3; c++) {
      double[] v = new double[sentences];
      for (int j = 0; j < sentences; j++) {
        v[j] = svd.rightVector(j, c);
      }
      double[] av = new double[terms];
      for (int t = 0; t < terms; t++) {
        for (int j = 0; j < sentences; j++) {
          av[t] += dense[t][j] * v[j];
        }
      }
      double norm = 0;
      for (int j = 0; j < sentences; j++) {
        double atav = 0;
        for (int t = 0; t < terms; t++) {
          atav += dense[t][j] * av[t];
        }
        assertThat(atav).as("(AᵀAv)_%d for component %d", j, c).isCloseTo(sigma[c] * sigma[c] * v[j], within(1e-4));
        norm += v[j] * v[j];
      }
      assertThat(norm).isCloseTo(1.0, within(1e-9));
    }
    // σ₁ is the largest: no unit vector is stretched more (checked against the all-ones direction).
    double[] ones = new double[sentences];
    java.util.Arrays.fill(ones, 1 / Math.sqrt(sentences));
    double stretched = 0;
    for (int t = 0; t < terms; t++) {
      double x = 0;
      for (int j = 0; j < sentences; j++) {
        x += dense[t][j] * ones[j];
      }
      stretched += x * x;
    }
    assertThat(sigma[0] * sigma[0]).isGreaterThanOrEqualTo(stretched - 1e-9);
  }

  @Test
  void theIterationsDependOnTheSpectrumNotOnTheSize() {
    // AᵀA = diag(100, 30, 30, …) at every size: the same spectrum, so the same iterations. The
    // random start's distance from the dominant vector grows with the size (tangent about √(n/b)):
    // iterating until the singular values stopped changing took 13 iterations at 1,000 sentences,
    // 14 at 16,000 and 15 at 256,000.
    int[] sizes = {1_000, 16_000, 256_000};
    int[] iterations = new int[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      TruncatedSvd svd = TruncatedSvd.of(diagonal(sizes[k], 100, 30), 1);
      iterations[k] = svd.iterations();
      assertThat(svd.singularValues()[0]).isCloseTo(10, within(1e-3));
      assertThat(Math.abs(svd.rightVector(0, 0))).isCloseTo(1, within(1e-3));
    }
    assertThat(iterations).containsOnly(iterations[0]);
  }

  @Test
  void aFlatSpectrumStopsWhenTheSingularValuesSettle() {
    // AᵀA = I: θ_b/θ_r = 1, so the bound on the distance to the dominant vectors never shrinks, but
    // every unit vector is a right singular vector.
    TruncatedSvd svd = TruncatedSvd.of(diagonal(1_000, 1, 1), 1);
    assertThat(svd.singularValues()).containsExactly(new double[] {1}, within(1e-12));
    assertThat(svd.iterations()).isEqualTo(1);
  }

  /** {@code n} sentences with one term each, of their own: {@code AᵀA} is diagonal, {@code first} then {@code rest}. */
  private static TermVector[] diagonal(int n, double first, double rest) {
    return IntStream.range(0, n)
        .mapToObj(j -> TermVector.of(new int[] {j}, new double[] {Math.sqrt(j == 0 ? first : rest)}))
        .toArray(TermVector[]::new);
  }
}
