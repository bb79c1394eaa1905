package org.newsum.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs summarizations on a fixed number of worker threads with admission control and a
 * deadline. A request must be {@linkplain #tryAdmit() admitted} before its body is read, so at
 * most {@code workers + queueCapacity} request bodies are in memory at once; a request that is
 * not admitted, or whose summary is not ready by the deadline, gets a 503 and its HTTP thread
 * returns. A timed-out task still holds its admission until it has finished or been skipped,
 * so memory stays bounded even when clients give up.
 */
final class SummarizationPool implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final Semaphore admissions;
  private final Duration timeout;

  SummarizationPool(int workers, int queueCapacity, Duration timeout) {
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(workers + queueCapacity), r -> {
          Thread t = new Thread(r, "newsum-summarizer-" + threadNumber.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.admissions = new Semaphore(workers + queueCapacity);
    this.timeout = timeout;
  }

  /**
   * Admits one request, or returns {@code null} when the pool is full (the caller answers 503).
   * Close the returned admission (try-with-resources) so that it is released if the request
   * fails before {@link Admission#call}.
   */
  Admission tryAdmit() {
    return admissions.tryAcquire() ? new Admission() : null;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** The right to run one summarization; released once, by the task or by {@link #close()}. */
  final class Admission implements AutoCloseable {
    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    /** Runs {@code task} on a worker and waits for it until the deadline (then a 503). */
    <T> T call(Callable<T> task) throws Exception {
      AtomicBoolean abandoned = new AtomicBoolean();
      Future<T> future = executor.submit(() -> {
        try {
          return abandoned.get() ? null : task.call();
        } finally {
          release();
        }
      });
      handedOver.set(true);
      try {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        abandoned.set(true);
        throw new ApiException(ApiException.UNAVAILABLE,
            "summarization timed out after " + timeout.toMillis() + " ms; try fewer or shorter documents");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }

    private void release() {
      if (released.compareAndSet(false, true)) {
        admissions.release();
      }
    }

    @Override
    public void close() {
      if (!handedOver.get()) {
        release();
      }
    }
  }
}
