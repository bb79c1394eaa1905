package org.newsum.internal.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on several threads and hands the results to a sink
 * in input order, with bounded memory: at most {@code maxInFlight} inputs are read ahead of
 * the sink (back-pressure), so a file of any size streams through.
 *
 * <p>The calling thread reads inputs and runs the sink; worker threads only run the function.
 * The function should not throw: turn per-item failures into results. If it does throw, or the
 * sink or the input does, the run stops and the exception propagates.
 */
public final class OrderedParallelMap {
  private OrderedParallelMap() {}

  /**
   * Runs {@code work} over {@code inputs} on {@code threads} threads, feeding results to
   * {@code sink} in input order.
   *
   * @param maxInFlight how many inputs may be submitted but not yet consumed by the sink (at least {@code threads})
   */
  public static <I, O> void run(Iterator<I> inputs, Function<? super I, ? extends O> work, int threads,
      int maxInFlight, Consumer<? super O> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    int window = Math.max(threads, maxInFlight);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    ArrayDeque<Future<? extends O>> pending = new ArrayDeque<>(window);
    try {
      while (inputs.hasNext()) {
        if (pending.size() >= window) {
          sink.accept(await(pending.removeFirst()));
        }
        I input = inputs.next();
        pending.addLast(pool.submit(() -> work.apply(input)));
      }
      while (!pending.isEmpty()) {
        sink.accept(await(pending.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsum-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
