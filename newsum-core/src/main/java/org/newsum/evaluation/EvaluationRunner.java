package org.newsum.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.InputException;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;

/**
 * Runs summarization methods over every cluster of a benchmark JSONL file, clusters in parallel,
 * timing each summarize call. The outputs do not depend on the number of threads: each cluster's
 * summary is computed on its own and stored at the cluster's position.
 *
 * <p>A bad cluster (malformed line, no text, no references, or a method failing on it) is
 * reported to the {@link Listener}, skipped for every method (so all methods are compared on the
 * same clusters) and listed in {@link EvaluationRun#skipped()}.
 */
public final class EvaluationRunner {
  /** Hears about progress and skipped clusters while a run goes on (called from worker threads). */
  public interface Listener {
    /** {@code done} of {@code total} (cluster, method) pairs are finished. */
    default void progress(int done, int total) {}

    /** A cluster was skipped for {@code reason} (which names the file line or cluster). */
    default void skipped(String reason) {}
  }

  private final Newsum newsum;
  private final int threads;

  /** A runner using {@code threads} worker threads (1 runs everything on one thread). */
  public EvaluationRunner(Newsum newsum, int threads) {
    if (threads < 1) {
      throw new NewsumException("threads must be at least 1, got " + threads);
    }
    this.newsum = newsum;
    this.threads = threads;
  }

  /** A runner on all available cores. */
  public static EvaluationRunner allCores(Newsum newsum) {
    return new EvaluationRunner(newsum, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Summarizes the first {@code limit} valid clusters of {@code data} (all if {@code limit} is 0)
   * with each method of the registry ({@link Summarizers#byName}).
   *
   * @throws NewsumException if a method name is unknown or the file cannot be read
   */
  public EvaluationRun run(Path data, List<String> methods, Budget budget, int limit, Listener listener) {
    Map<String, Supplier<Summarizer>> named = new LinkedHashMap<>();
    for (String method : methods) {
      Summarizers.byName(method); // fail fast on an unknown name
      named.put(method, () -> Summarizers.byName(method));
    }
    return runSummarizers(data, named, budget, limit, listener);
  }

  /**
   * Like {@link #run(Path, List, Budget, int, Listener)} with summarizers not in the registry
   * (e.g. a tuning script's variants): each name maps to a factory, called once per cluster so
   * that summarizers need not be thread-safe.
   */
  public EvaluationRun runSummarizers(Path data, Map<String, Supplier<Summarizer>> summarizers, Budget budget,
      int limit, Listener listener) {
    if (summarizers.isEmpty()) {
      throw new NewsumException("no method to evaluate");
    }
    List<String> methods = List.copyOf(summarizers.keySet());
    List<Supplier<Summarizer>> factories = List.copyOf(summarizers.values());
    List<String> skipped = new ArrayList<>();
    List<ClusterRecord> records = readClusters(data, limit, skipped, listener);
    int total = records.size() * methods.size();
    AtomicInteger done = new AtomicInteger();
    ClusterOutput[][] outputs = new ClusterOutput[methods.size()][records.size()];
    String[][] failures = new String[methods.size()][records.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < records.size(); c++) {
        for (int m = 0; m < methods.size(); m++) {
          int cluster = c;
          int method = m;
          futures.add(pool.submit(() -> {
            try {
              outputs[method][cluster] = summarize(records.get(cluster).cluster(), factories.get(method).get(), budget);
            } catch (NewsumException e) {
              failures[method][cluster] = "cluster '" + records.get(cluster).cluster().id() + "' (line "
                  + records.get(cluster).line() + "): " + methods.get(method) + ": " + e.getMessage();
            }
            listener.progress(done.incrementAndGet(), total);
          }));
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NewsumException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return collect(records, methods, budget, outputs, failures, skipped, listener);
  }

  private ClusterOutput summarize(Cluster cluster, Summarizer summarizer, Budget budget) {
    long start = System.nanoTime();
    Summary summary = newsum.summarize(cluster, summarizer, budget);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ClusterOutput(cluster.id(), summary.texts(), seconds);
  }

  private static EvaluationRun collect(List<ClusterRecord> records, List<String> methods, Budget budget,
      ClusterOutput[][] outputs, String[][] failures, List<String> skipped, Listener listener) {
    Map<String, List<String>> references = new LinkedHashMap<>();
    List<List<ClusterOutput>> kept = new ArrayList<>();
    methods.forEach(m -> kept.add(new ArrayList<>()));
    for (int c = 0; c < records.size(); c++) {
      String failure = firstFailure(failures, c);
      if (failure != null) {
        skipped.add(failure);
        listener.skipped(failure);
        continue;
      }
      references.put(records.get(c).cluster().id(), records.get(c).references());
      for (int m = 0; m < methods.size(); m++) {
        kept.get(m).add(outputs[m][c]);
      }
    }
    List<MethodOutputs> results = new ArrayList<>();
    for (int m = 0; m < methods.size(); m++) {
      results.add(new MethodOutputs(methods.get(m), kept.get(m)));
    }
    return new EvaluationRun(budget, references, results, skipped);
  }

  private static String firstFailure(String[][] failures, int cluster) {
    for (String[] method : failures) {
      if (method[cluster] != null) {
        return method[cluster];
      }
    }
    return null;
  }

  /** The valid clusters of the file; bad lines and clusters are reported and left out. */
  private static List<ClusterRecord> readClusters(Path data, int limit, List<String> skipped, Listener listener) {
    List<ClusterRecord> records = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(data)) {
      while ((limit == 0 || records.size() < limit) && reader.hasNext()) {
        String problem;
        try {
          ClusterRecord record = reader.next();
          problem = problem(record, ids);
          if (problem == null) {
            records.add(record);
            ids.add(record.cluster().id());
            continue;
          }
        } catch (InputException e) {
          problem = e.getMessage();
        }
        skipped.add(problem);
        listener.skipped(problem);
      }
    }
    return records;
  }

  private static String problem(ClusterRecord record, Set<String> ids) {
    Cluster cluster = record.cluster();
    String where = "cluster '" + cluster.id() + "' (line " + record.line() + "): ";
    if (ids.contains(cluster.id())) {
      return where + "duplicate id";
    }
    if (cluster.documents().stream().map(Document::text).allMatch(String::isBlank)) {
      return where + "no text";
    }
    if (record.references().isEmpty()) {
      return where + "no reference summaries to score against";
    }
    return null;
  }
}
