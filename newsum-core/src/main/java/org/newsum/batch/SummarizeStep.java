package org.newsum.batch;

import java.util.function.Function;
import java.util.function.LongSupplier;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Summary;
import org.newsum.summarizers.Summarizer;

/**
 * Summarize or skip: summarizes one cluster of a run over many, timing the call, and turns any
 * failure into a {@link ClusterResult.Skipped} that names the record, so one bad cluster never
 * ends the run. A {@link NewsumException} (bad input) keeps its message; anything else is an
 * internal error (a bug) and says so. Thread-safe when its summarize function is.
 */
public final class SummarizeStep {
  private final Function<Cluster, Summary> summarize;
  private final LongSupplier nanoClock;

  private SummarizeStep(Function<Cluster, Summary> summarize, LongSupplier nanoClock) {
    this.summarize = summarize;
    this.nanoClock = nanoClock;
  }

  /** The step summarizing as {@code request} asks. */
  public static SummarizeStep of(Newsum newsum, SummaryRequest request) {
    return of(newsum, request, System::nanoTime);
  }

  /** With a clock of choice for the seconds (tests). */
  static SummarizeStep of(Newsum newsum, SummaryRequest request, LongSupplier nanoClock) {
    return new SummarizeStep(cluster -> newsum.summarize(cluster, request), nanoClock);
  }

  /** The step summarizing with a summarizer outside the registry (e.g. a variant being tuned). */
  public static SummarizeStep of(Newsum newsum, Summarizer summarizer, Budget budget) {
    return new SummarizeStep(cluster -> newsum.summarize(cluster, summarizer, budget), System::nanoTime);
  }

  /**
   * Summarizes {@code cluster}, or says why not.
   *
   * @param where the input and record (e.g. {@code "FILE line 3"}), which starts a skip message
   */
  public ClusterResult apply(Cluster cluster, String where) {
    try {
      long start = nanoClock.getAsLong();
      Summary summary = summarize.apply(cluster);
      return new ClusterResult.Summarized(summary, (nanoClock.getAsLong() - start) / 1e9);
    } catch (NewsumException e) {
      return new ClusterResult.Skipped(cluster.id(), where + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return new ClusterResult.Skipped(cluster.id(), where + ": cluster '" + cluster.id() + "': internal error: " + e);
    }
  }
}
