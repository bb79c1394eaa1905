package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AscendingIdsTest {
  /** Sorting and dropping repeats, the way the set's callers counted before it. */
  private static int[] sortedDistinct(int[] ids) {
    return Arrays.stream(ids).sorted().distinct().toArray();
  }

  private static double[] timesBySorting(int[] ids) {
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    int[] distinct = sortedDistinct(ids);
    double[] times = new double[distinct.length];
    for (int k = 0, d = -1; k < sorted.length; k++) {
      d += k == 0 || sorted[k] != sorted[k - 1] ? 1 : 0;
      times[d] += 1.0;
    }
    return times;
  }

  @Test
  void givesTheIdsOfSortingWithTheirCountsOnRandomIdsAndStaysEmptyBetweenUses() {
    Random random = new Random(13);
    AscendingIds counted = new AscendingIds(10, true);
    AscendingIds plain = new AscendingIds(0, false);
    for (int round = 0; round < 3000; round++) {
      // small and huge ranges (growth past the initial size, ids 64 and 4096 apart), few and many repeats
      int range = switch (round % 5) {
        case 0 -> 3;
        case 1 -> 64;
        case 2 -> 200;
        case 3 -> 5000;
        default -> 300_000;
      };
      int[] ids = random.ints(random.nextInt(round % 7 == 0 ? 400 : 40), 0, range).toArray();
      for (int id : ids) {
        counted.add(id);
        plain.add(id);
      }
      int[] expected = sortedDistinct(ids);
      assertThat(counted.distinct()).isEqualTo(expected.length);
      int[] got = new int[counted.distinct()];
      double[] times = new double[got.length];
      counted.take(got, times);
      assertThat(got).isEqualTo(expected);
      assertThat(times).isEqualTo(timesBySorting(ids));
      assertThat(plain.take()).isEqualTo(expected);
      assertThat(counted.distinct()).isZero();
      assertThat(plain.take()).isEmpty();
    }
  }

  @Test
  void itsIdLimitGrowsToTheLargestIdAdded() {
    AscendingIds ids = new AscendingIds(100, false);
    assertThat(ids.idLimit()).isEqualTo(128);
    ids.add(100_000);
    assertThat(ids.take()).containsExactly(100_000);
    assertThat(ids.idLimit()).isGreaterThan(100_000);
  }

  @Test
  void idsAtTheEdgesOfItsWords() {
    AscendingIds ids = new AscendingIds(64, true);
    int[] edges = {4096 * 3 + 63, 0, 63, 64, 4095, 4096, 4097, 0, 63, 1 << 20};
    for (int id : edges) {
      ids.add(id);
    }
    int[] got = new int[ids.distinct()];
    double[] times = new double[got.length];
    ids.take(got, times);
    assertThat(got).containsExactly(0, 63, 64, 4095, 4096, 4097, 4096 * 3 + 63, 1 << 20);
    assertThat(times).containsExactly(2, 2, 1, 1, 1, 1, 1, 1);
  }
}
