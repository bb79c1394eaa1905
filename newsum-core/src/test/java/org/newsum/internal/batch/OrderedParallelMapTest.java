package org.newsum.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {
  @Test
  void resultsComeInInputOrderEvenWhenLaterItemsFinishFirst() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    List<Integer> out = new ArrayList<>();
    OrderedParallelMap.run(inputs.iterator(), i -> {
      sleepMillis(i % 5 == 0 ? 3 : 0);
      return i * 2;
    }, 4, 16, out::add);
    assertThat(out).containsExactlyElementsOf(inputs.stream().map(i -> i * 2).toList());
  }

  @Test
  void readsAtMostTheWindowAheadOfTheSink() {
    AtomicInteger read = new AtomicInteger();
    int[] maxAhead = {0};
    int[] consumed = {0};
    Iterator<Integer> inputs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < 1000;
      }

      @Override
      public Integer next() {
        maxAhead[0] = Math.max(maxAhead[0], read.get() - consumed[0]);
        return read.getAndIncrement();
      }
    };
    OrderedParallelMap.run(inputs, i -> i, 3, 8, i -> consumed[0]++);
    assertThat(consumed[0]).isEqualTo(1000);
    assertThat(maxAhead[0]).isLessThanOrEqualTo(8);
  }

  @Test
  void aFailingFunctionStopsTheRunWithItsException() {
    Iterator<Integer> inputs = IntStream.range(0, 100).iterator();
    assertThatThrownBy(() -> OrderedParallelMap.run(inputs, i -> {
      if (i == 42) {
        throw new IllegalArgumentException("bad item 42");
      }
      return i;
    }, 2, 4, i -> {})).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 42");
  }

  private static void sleepMillis(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
