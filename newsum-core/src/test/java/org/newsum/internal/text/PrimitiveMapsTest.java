package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrimitiveMapsTest {
  @Test
  void intIdsAreDenseInOrderOfFirstSightThroughGrowth() {
    IntIntMap map = new IntIntMap(4);
    Map<Integer, Integer> reference = new HashMap<>();
    Random random = new Random(1);
    for (int n = 0; n < 20_000; n++) {
      int key = random.nextInt(5_000);
      Integer expected = reference.computeIfAbsent(key, k -> reference.size());
      assertThat(map.getOrAddNext(key)).isEqualTo(expected);
    }
    assertThat(map.size()).isEqualTo(reference.size());
    assertThat(map.get(0)).isEqualTo(reference.getOrDefault(0, IntIntMap.ABSENT));
    assertThat(map.get(5_001)).isEqualTo(IntIntMap.ABSENT);
  }

  @Test
  void longIdsAreDenseInOrderOfFirstSightThroughGrowth() {
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> reference = new HashMap<>();
    Random random = new Random(2);
    for (int n = 0; n < 20_000; n++) {
      long key = ((long) random.nextInt(100) << 32) | random.nextInt(100);
      Integer expected = reference.computeIfAbsent(key, k -> reference.size());
      assertThat(map.idOf(key)).isEqualTo(expected);
    }
    assertThat(map.idOf(0L)).isEqualTo(reference.computeIfAbsent(0L, k -> reference.size()));
    assertThat(map.size()).isEqualTo(reference.size());
    for (long key = 0; key < 200; key++) { // get finds every id and adds nothing for an absent key
      long packed = (key / 2 << 32) | (key % 2 == 0 ? key : 100 + key);
      assertThat(map.get(packed)).isEqualTo(reference.getOrDefault(packed, -1));
    }
    assertThat(map.size()).isEqualTo(reference.size());
  }
}
