package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SummarizationPoolTest {
  /** A task still running at the deadline (e.g. waiting for a page) is interrupted and gives its place back. */
  @Test
  void aTimedOutTaskIsInterruptedAndReleasesItsAdmission() throws Exception {
    try (SummarizationPool pool = new SummarizationPool(1, 0, Duration.ofMillis(200))) {
      CountDownLatch interrupted = new CountDownLatch(1);
      SummarizationPool.Admission admission = pool.tryAdmit();
      assertThat(pool.tryAdmit()).as("one place only").isNull();
      assertThatThrownBy(() -> admission.call(() -> {
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return "late";
      })).isInstanceOf(ApiException.class).hasMessageContaining("timed out after 200 ms");
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the task was interrupted").isTrue();

      SummarizationPool.Admission next = null;
      for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); next == null && System.nanoTime() < end; ) {
        next = pool.tryAdmit();
      }
      assertThat(next).as("the place was given back").isNotNull();
      assertThat(next.call(() -> Thread.currentThread().isInterrupted() ? "interrupted" : "clean"))
          .as("the next task on the worker does not inherit the interrupt").isEqualTo("clean");
    }
  }
}
