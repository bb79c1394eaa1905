package org.newsum.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryOptions;

/**
 * The grouping speed of {@code bin/benchmark stories}, in one warm JVM with the default parameters:
 * first the articles' signatures, made once on every core as {@code newsum stories} makes them
 * (with the sentence embeddings, which cost far more than the rest: articles per second of wall time,
 * and per second of the process's CPU time), then {@code ROUNDS} groupings of those signatures on
 * one thread (a new grouper per round, the refinement and merge included: articles per second of
 * the thread's CPU time, which other processes on a shared machine inflate much less, and of wall
 * time), then the best round; last, {@code ROUNDS} whole groupings of the articles without
 * embeddings ({@code embeddings=false}: terms only) on one thread. The signatures and their
 * grouping are also the two halves of the Spark job (executors in parallel, the driver
 * sequential). Run from source against the jar:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/StoriesSpeed.java FEED.jsonl ROUNDS</pre>
 */
public final class StoriesSpeed {
  private StoriesSpeed() {}

  public static void main(String[] args) {
    List<Document> read = new ArrayList<>();
    ArticleJsonl.read(Path.of(args[0]), DocumentReader.standard(), read::add, e -> {
      throw e;
    });
    List<Document> feed = StoryGrouper.feedOrder(read);
    int rounds = Integer.parseInt(args[1]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ArticleSignature.of(feed.get(0), StoryOptions.DEFAULT); // loads the encoder
    long wall = System.nanoTime();
    long cpu = process.getProcessCpuTime();
    List<ArticleSignature> signatures = feed.parallelStream().map(a -> ArticleSignature.of(a, StoryOptions.DEFAULT)).toList();
    System.out.printf(Locale.ROOT, "signatures with embeddings: %d articles, %.0f articles/s wall on %d cores, %.1f ms CPU per article%n",
        feed.size(), feed.size() / ((System.nanoTime() - wall) / 1e9), Runtime.getRuntime().availableProcessors(),
        (process.getProcessCpuTime() - cpu) / 1e6 / feed.size());
    long embedded = signatures.stream().filter(s -> s.embedding().length > 0).count();
    System.out.printf(Locale.ROOT, "articles with an embedding: %d of %d%n", embedded, feed.size());
    report("grouping the signatures", rounds, feed.size(), threads, () -> {
      StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
      signatures.forEach(grouper::add);
      return grouper.drainRetired().size() + grouper.openStories().size();
    });
    StoryOptions termsOnly = StoryOptions.DEFAULT.with("embeddings", "false");
    report("grouping the articles, embeddings=false", rounds, feed.size(), threads, () -> {
      StoryGrouper grouper = StoryGrouper.standard(termsOnly);
      feed.forEach(grouper::add);
      return grouper.drainRetired().size() + grouper.openStories().size();
    });
  }

  /** Runs {@code grouping} {@code rounds} times on this thread and prints each round's rates and the best. */
  private static void report(String what, int rounds, int articles, ThreadMXBean threads, IntSupplier grouping) {
    double bestWall = 0;
    double bestCpu = 0;
    for (int round = 1; round <= rounds; round++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      int stories = grouping.getAsInt();
      double wallRate = articles / ((System.nanoTime() - wall) / 1e9);
      double cpuRate = articles / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      bestWall = Math.max(bestWall, wallRate);
      bestCpu = Math.max(bestCpu, cpuRate);
      System.out.printf(Locale.ROOT, "%s, round %d: %d articles -> %d stories, %.0f articles/s wall, %.0f articles/s CPU%n",
          what, round, articles, stories, wallRate, cpuRate);
    }
    System.out.printf(Locale.ROOT, "%s, best of %d rounds: %.0f articles/s wall, %.0f articles/s CPU (one thread)%n",
        what, rounds, bestWall, bestCpu);
  }
}
