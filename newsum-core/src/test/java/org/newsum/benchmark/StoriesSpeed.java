package org.newsum.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryOptions;

/**
 * The grouping speed of {@code bin/benchmark stories}: reads a feed once, then groups it {@code
 * ROUNDS} times in one warm JVM with the default parameters (one thread, a new grouper per round)
 * and prints per round the articles per second of wall time and of the thread's CPU time (which
 * other processes on a shared machine inflate much less), then the best round; then the CPU
 * rates of the two halves the Spark job splits grouping into (signatures, grouping signatures).
 * Run from source
 * against the jar:
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
    double bestWall = 0;
    double bestCpu = 0;
    int stories = 0;
    for (int round = 1; round <= rounds; round++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
      feed.forEach(grouper::add);
      stories = grouper.drainRetired().size() + grouper.openStories().size();
      double wallRate = feed.size() / ((System.nanoTime() - wall) / 1e9);
      double cpuRate = feed.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      bestWall = Math.max(bestWall, wallRate);
      bestCpu = Math.max(bestCpu, cpuRate);
      System.out.printf(Locale.ROOT, "round %d: %d articles -> %d stories, %.0f articles/s wall, %.0f articles/s CPU%n",
          round, feed.size(), stories, wallRate, cpuRate);
    }
    System.out.printf(Locale.ROOT, "best of %d rounds: %.0f articles/s wall, %.0f articles/s CPU (one thread)%n",
        rounds, bestWall, bestCpu);
    // The two halves of the Spark job: signatures (executors, in parallel) and grouping them (the driver, sequential).
    double bestSign = 0;
    double bestGroup = 0;
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      List<ArticleSignature> signatures = feed.stream().map(a -> ArticleSignature.of(a, StoryOptions.DEFAULT)).toList();
      long signed = threads.getCurrentThreadCpuTime();
      StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
      signatures.forEach(grouper::add);
      grouper.openStories(); // the refined stories: the refinement is part of grouping
      long grouped = threads.getCurrentThreadCpuTime();
      bestSign = Math.max(bestSign, feed.size() / ((signed - cpu) / 1e9));
      bestGroup = Math.max(bestGroup, feed.size() / ((grouped - signed) / 1e9));
    }
    System.out.printf(Locale.ROOT, "best of %d rounds, CPU: signatures %.0f articles/s, grouping signatures %.0f articles/s%n",
        rounds, bestSign, bestGroup);
  }
}
