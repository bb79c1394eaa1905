package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void topKeepsTheLargestWeightsTiesToTheSmallerIdSortedById() {
    int[] ids = {9, 3, 7, 1, 5};
    double[] weights = {0.5, 2.0, 0.5, 0.0, 1.0};
    SparseVector top = SparseVector.top(ids, weights, 5, 3);
    assertThat(top.ids()).containsExactly(3, 5, 7);
    assertThat(top.weights()).containsExactly(2.0, 1.0, 0.5);
    assertThat(SparseVector.top(ids, weights, 5, 10).ids()).containsExactly(3, 5, 7, 9);
  }

  @Test
  void topUnitHasUnitLengthAndIsEmptyWithoutPositiveWeights() {
    SparseVector unit = SparseVector.topUnit(new int[] {4, 2}, new double[] {3, 4}, 2, 5);
    assertThat(unit.ids()).containsExactly(2, 4);
    assertThat(unit.norm()).isCloseTo(1.0, within(1e-12));
    assertThat(SparseVector.topUnit(new int[] {1}, new double[] {0}, 1, 5).size()).isZero();
  }

  @Test
  void plusMergesSortedVectors() {
    SparseVector a = new SparseVector(new int[] {1, 4, 6}, new double[] {1, 1, 1});
    SparseVector b = new SparseVector(new int[] {0, 4, 9}, new double[] {2, 2, 2});
    SparseVector sum = a.plus(b);
    assertThat(sum.ids()).containsExactly(0, 1, 4, 6, 9);
    assertThat(sum.weights()).containsExactly(2, 1, 3, 1, 2);
  }
}
