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
 * deadline. A request is {@linkplain #tryAdmit() admitted} once its body has been read (so a slow
 * client never holds a place), and at most {@code workers + queueCapacity} requests are admitted
 * at once; a request that is not admitted, or whose summary is not ready by the deadline, gets a
 * 503 and its HTTP thread returns. A timed-out task is interrupted (a page fetch it is waiting
 * for stops) and still holds its admission until it has finished or been skipped, so memory
 * stays bounded even when clients give up.
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

    /** Runs {@code task} on a worker and waits for it until the deadline (then a 503, and the task is interrupted). */
    <T> T call(Callable<T> task) throws Exception {
      Object lock = new Object();
      boolean[] abandoned = {false};
      Thread[] runner = {null};
      Future<T> future = executor.submit(() -> {
        try {
          synchronized (lock) {
            if (abandoned[0]) {
              return null;
            }
            runner[0] = Thread.currentThread();
          }
          return task.call();
        } finally {
          synchronized (lock) {
            runner[0] = null;
            Thread.interrupted(); // an interrupt meant for this task must not reach the next one
          }
          release();
        }
      });
      handedOver.set(true);
      try {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        synchronized (lock) {
          abandoned[0] = true;
          if (runner[0] != null) {
            runner[0].interrupt();
          }
        }
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
