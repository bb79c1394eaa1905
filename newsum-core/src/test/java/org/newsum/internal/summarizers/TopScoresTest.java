package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopScoresTest {
  @Test
  void keepLargestKeepsTheBestScoresWithLowerIdsWinningTies() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int count = 1 + random.nextInt(300);
      int keep = 1 + random.nextInt(40);
      int[] ids = IntStream.range(0, count).map(i -> count - 1 - i).toArray();
      double[] scores = random.doubles(count).map(x -> Math.floor(x * 20)).toArray();
      Integer[] expected = IntStream.range(0, count).boxed().toArray(Integer[]::new);
      Arrays.sort(expected, Comparator.comparingDouble((Integer k) -> -scores[k]).thenComparingInt(k -> ids[k]));
      int[] expectedIds = Arrays.stream(expected).limit(keep).mapToInt(k -> ids[k]).sorted().toArray();
      int kept = TopScores.keepLargest(ids, scores, 0, count, keep);
      assertThat(kept).isEqualTo(Math.min(count, keep));
      assertThat(Arrays.stream(ids, 0, kept).sorted().toArray()).isEqualTo(expectedIds);
    }
  }

  @Test
  void bestKeepsAtMostTheCapInAscendingOrder() {
    int[] candidates = IntStream.range(0, TopScores.MAX_CANDIDATES + 500).toArray();
    int[] best = TopScores.best(candidates, i -> i % 7);
    int[] expected = IntStream.of(candidates).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -(i % 7)).thenComparingInt(i -> i))
        .limit(TopScores.MAX_CANDIDATES).mapToInt(Integer::intValue).sorted().toArray();
    assertThat(best).isEqualTo(expected);
    int[] few = {3, 8, 9};
    assertThat(TopScores.best(few, i -> -i)).isSameAs(few);
  }
}
