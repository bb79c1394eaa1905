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
import org.newsum.text.AnalyzedCluster;

/**
 * Summarize or skip: summarizes one cluster of a run over many, timing the call, and turns any
 * failure into a {@link ClusterResult.Skipped} that names the record, so one bad cluster never
 * ends the run. A {@link NewsumException} (bad input) keeps its message; anything else is an
 * internal error (a bug) and says so. Several steps can share one {@link Analysis} of a cluster
 * (e.g. every method of an evaluation), so that it is cleaned and analysed once. Thread-safe when
 * its summarizer is.
 */
public final class SummarizeStep {
  private final Function<Cluster, AnalyzedCluster> analyze;
  private final Function<AnalyzedCluster, Summary> select;
  private final LongSupplier nanoClock;

  private SummarizeStep(Function<Cluster, AnalyzedCluster> analyze, Function<AnalyzedCluster, Summary> select,
      LongSupplier nanoClock) {
    this.analyze = analyze;
    this.select = select;
    this.nanoClock = nanoClock;
  }

  /** The step summarizing as {@code request} asks. */
  public static SummarizeStep of(Newsum newsum, SummaryRequest request) {
    return of(newsum, request, System::nanoTime);
  }

  /** With a clock of choice for the seconds (tests). */
  static SummarizeStep of(Newsum newsum, SummaryRequest request, LongSupplier nanoClock) {
    return new SummarizeStep(cluster -> newsum.analyze(cluster, request),
        analyzed -> newsum.summarize(analyzed, request), nanoClock);
  }

  /** The step summarizing with a summarizer outside the registry (e.g. a variant being tuned). */
  public static SummarizeStep of(Newsum newsum, Summarizer summarizer, Budget budget) {
    return new SummarizeStep(newsum::analyze, analyzed -> newsum.summarize(analyzed, summarizer, budget),
        System::nanoTime);
  }

  /**
   * Summarizes {@code cluster}, or says why not.
   *
   * @param where the input and record (e.g. {@code "FILE line 3"}), which starts a skip message
   */
  public ClusterResult apply(Cluster cluster, String where) {
    return apply(new Analysis(cluster, analyze), where);
  }

  /**
   * Summarizes a cluster whose cleaning and analysis {@code analysis} shares with other steps (done
   * by the first step that needs it, which must ask for the same cleaning and query as the
   * others); the seconds count the analysis as well as this step's own
   * selection, ordering and attribution, as one summarize call would take.
   */
  public ClusterResult apply(Analysis analysis, String where) {
    try {
      AnalyzedCluster analyzed = analysis.analyzed(nanoClock);
      long start = nanoClock.getAsLong();
      Summary summary = select.apply(analyzed);
      return new ClusterResult.Summarized(summary, analysis.seconds + (nanoClock.getAsLong() - start) / 1e9);
    } catch (NewsumException e) {
      return new ClusterResult.Skipped(analysis.cluster.id(), where + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return new ClusterResult.Skipped(analysis.cluster.id(),
          where + ": cluster '" + analysis.cluster.id() + "': internal error: " + e);
    }
  }

  /**
   * One cluster's cleaning and analysis, made on first use and shared by the steps that summarize
   * it. Not thread-safe: one per cluster and thread.
   */
  public static final class Analysis {
    private final Cluster cluster;
    private final Function<Cluster, AnalyzedCluster> analyze;
    private AnalyzedCluster analyzed;
    private RuntimeException failure;
    private double seconds;

    /** The standard cleaning and analysis of {@code cluster} by {@code newsum}, not yet made. */
    public Analysis(Newsum newsum, Cluster cluster) {
      this(cluster, newsum::analyze);
    }

    private Analysis(Cluster cluster, Function<Cluster, AnalyzedCluster> analyze) {
      this.cluster = cluster;
      this.analyze = analyze;
    }

    private AnalyzedCluster analyzed(LongSupplier nanoClock) {
      if (analyzed == null && failure == null) {
        long start = nanoClock.getAsLong();
        try {
          analyzed = analyze.apply(cluster);
        } catch (RuntimeException e) {
          failure = e;
        }
        seconds = (nanoClock.getAsLong() - start) / 1e9;
      }
      if (failure != null) {
        throw failure;
      }
      return analyzed;
    }
  }
}
