package org.newsum.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterInput;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.internal.batch.OrderedParallelMap;
import org.newsum.internal.batch.ResumableOutput;
import org.newsum.internal.output.OutputPaths;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizer;

/**
 * Runs summarization methods over every cluster of a benchmark JSONL file, clusters in parallel
 * (streamed with {@link OrderedParallelMap}), timing each summarize call. The outputs do not
 * depend on the number of threads: each cluster is summarized on its own and results are kept in
 * file order.
 *
 * <p>A bad cluster (malformed line, duplicate id, no text, no references to score against, or a
 * method failing on it) is reported to the {@link Listener} with the file and line, skipped for
 * every method (so all methods are compared on the same clusters) and listed in {@link
 * EvaluationRun#skipped()}; the run goes on.
 *
 * <p>With an output folder, every finished cluster is also appended to a journal ({@link
 * ResumableOutput} {@code DIR/eval.journal}), so an interrupted run (killed, out of memory, a
 * crash) can be resumed where it stopped; the result files appear only when the run is complete
 * ({@link EvaluationFiles#write}).
 */
public final class EvaluationRunner {
  /** Hears about progress and skipped clusters while a run goes on (called from the reading thread). */
  public interface Listener {
    /**
     * {@code done} clusters (that pass the checks and count towards the limit) are finished, of
     * {@code total} (the limit; {@code 0} when not known in advance).
     */
    default void progress(int done, int total) {}

    /** A cluster was skipped for {@code reason} (which names the file line or cluster). */
    default void skipped(String reason) {}

    /**
     * A cluster was skipped, with its id ({@code null} when its line could not be read); by
     * default {@link #skipped(String)}. The runner calls this one.
     */
    default void skipped(String clusterId, String reason) {
      skipped(reason);
    }

    /** The run continues an interrupted one that had finished {@code records} records of the file. */
    default void resumed(int records) {}
  }

  /** The journal of a run with an output folder: finished clusters, for {@code resume}. */
  public static final String JOURNAL = "eval.journal";
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Newsum newsum;
  private final int threads;
  private final Duration checkpointInterval;

  /** A runner using {@code threads} worker threads (1 runs everything on one thread). */
  public EvaluationRunner(Newsum newsum, int threads) {
    this(newsum, threads, Duration.ofSeconds(1));
  }

  /** With a journal checkpoint interval of choice (tests). */
  EvaluationRunner(Newsum newsum, int threads, Duration checkpointInterval) {
    if (threads < 1) {
      throw new NewsumException("threads must be at least 1, got " + threads);
    }
    this.newsum = newsum;
    this.threads = threads;
    this.checkpointInterval = checkpointInterval;
  }

  /** A runner on all available cores. */
  public static EvaluationRunner allCores(Newsum newsum) {
    return new EvaluationRunner(newsum, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Summarizes the first {@code limit} valid clusters of {@code data} (all if {@code limit} is 0)
   * with each of the registry's methods configured by {@code methods}, in memory; each method is
   * named by {@link MethodOptions#method()} in the results.
   *
   * @throws NewsumException if the file cannot be read
   */
  public EvaluationRun run(Path data, List<MethodOptions> methods, Budget budget, int limit, Listener listener) {
    return evaluate(data, registered(methods, budget), budget, limit, listener, new ArrayList<>(), null);
  }

  /**
   * Like {@link #run(Path, List, Budget, int, Listener)}, and writes the result files into
   * {@code out} ({@link EvaluationFiles#write}) through a journal that makes the run resumable.
   *
   * @param resume continue the interrupted run of the same settings in {@code out}, if any
   * @throws NewsumException also if resuming a run that had other settings (options included), and before any
   *     work if a result file in {@code out} would replace the data file or another file of clusters
   */
  public EvaluationRun run(Path data, List<MethodOptions> methods, Budget budget, int limit, Path out, boolean resume,
      Listener listener) {
    String described = methods.stream().map(m -> m.method() + m.values()).toList().toString();
    return evaluate(data, registered(methods, budget), described, budget, limit, out, resume, listener);
  }

  /**
   * Like {@link #run(Path, List, Budget, int, Listener)} with summarizers not in the registry
   * (e.g. a tuning script's variants): each name maps to a factory, called once per cluster so
   * that summarizers need not be thread-safe.
   */
  public EvaluationRun runSummarizers(Path data, Map<String, Supplier<Summarizer>> summarizers, Budget budget,
      int limit, Listener listener) {
    return evaluate(data, unregistered(summarizers, budget), budget, limit, listener, new ArrayList<>(), null);
  }

  /** {@link #runSummarizers(Path, Map, Budget, int, Listener)} writing into {@code out}, resumable. */
  public EvaluationRun runSummarizers(Path data, Map<String, Supplier<Summarizer>> summarizers, Budget budget,
      int limit, Path out, boolean resume, Listener listener) {
    return evaluate(data, unregistered(summarizers, budget), summarizers.keySet().toString(), budget, limit, out,
        resume, listener);
  }

  private EvaluationRun evaluate(Path data, Map<String, Supplier<SummarizeStep>> steps, String methods, Budget budget,
      int limit, Path out, boolean resume, Listener listener) {
    List<String> names = List.copyOf(steps.keySet());
    Path journalFile = out.resolve(JOURNAL);
    List<Path> results = new ArrayList<>();
    names.forEach(m -> results.add(EvaluationFiles.summariesFile(out, m))); // fails fast on a name unfit for a file
    results.add(out.resolve(EvaluationFiles.REFERENCES));
    for (Path result : results) {
      OutputPaths.refuseNonFile(result);
      OutputPaths.refuseInput(result, data);
      OutputPaths.refuseClusterFile(result);
    }
    OutputPaths.refuseInput(ResumableOutput.partialOf(journalFile), data);
    OutputPaths.refuseInput(ResumableOutput.checkpointOf(journalFile), data);
    EvaluationFiles.createFolder(out);
    String settings = "data=" + data.toAbsolutePath().normalize() + " methods=" + methods + " budget=" + budget
        + " limit=" + limit;
    EvaluationRun run;
    try (ResumableOutput journal = ResumableOutput.open(journalFile, settings, resume, checkpointInterval)) {
      List<ClusterOutcome> outcomes = new ArrayList<>();
      journal.resumedLines().forEach(line -> outcomes.add(ClusterOutcome.fromJson(line)));
      if (outcomes.size() != journal.recordsDone()) {
        throw new NewsumException("cannot resume: " + journalFile + " is corrupt (" + outcomes.size() + " lines for "
            + journal.recordsDone() + " records); run without --resume to start over");
      }
      if (!outcomes.isEmpty()) {
        listener.resumed(outcomes.size());
      }
      run = evaluate(data, steps, budget, limit, listener, outcomes, journal);
      journal.commit();
    }
    EvaluationFiles.write(out, run);
    EvaluationFiles.delete(journalFile);
    return run;
  }

  /** One shared (thread-safe) step per method. */
  private Map<String, Supplier<SummarizeStep>> registered(List<MethodOptions> methods, Budget budget) {
    Map<String, Supplier<SummarizeStep>> steps = new LinkedHashMap<>();
    for (MethodOptions options : methods) {
      SummarizeStep step = SummarizeStep.of(newsum, SummaryRequest.of(options, budget));
      steps.put(options.method(), () -> step);
    }
    return steps;
  }

  /** A step per cluster and method, so that summarizers need not be thread-safe. */
  private Map<String, Supplier<SummarizeStep>> unregistered(Map<String, Supplier<Summarizer>> summarizers,
      Budget budget) {
    Map<String, Supplier<SummarizeStep>> steps = new LinkedHashMap<>();
    summarizers.forEach((name, factory) -> steps.put(name, () -> SummarizeStep.of(newsum, factory.get(), budget)));
    return steps;
  }

  /**
   * Evaluates the records of {@code data} after the {@code outcomes} already finished (by an
   * interrupted run), appending each new outcome to {@code outcomes} and to the journal if any.
   */
  private EvaluationRun evaluate(Path data, Map<String, Supplier<SummarizeStep>> steps, Budget budget, int limit,
      Listener listener, List<ClusterOutcome> outcomes, ResumableOutput journal) {
    if (steps.isEmpty()) {
      throw new NewsumException("no method to evaluate");
    }
    List<String> methods = List.copyOf(steps.keySet());
    List<Supplier<SummarizeStep>> factories = List.copyOf(steps.values());
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(data)) {
      Iterator<ClusterInput> inputs = ClusterInput.of(reader);
      if (journal != null) {
        journal.skipDone(inputs, ClusterInput::lineHash, data.toString());
      }
      int[] counted = {(int) outcomes.stream().filter(ClusterOutcome::counted).count()};
      OrderedParallelMap.run(new Checked(inputs, data, limit, outcomes),
          task -> new Finished(task.lineHash(), task.problem() != null
              ? ClusterOutcome.skipped(task.id(), task.counted(), task.problem())
              : summarize(data, task.record(), methods, factories)),
          threads, threads * IN_FLIGHT_PER_THREAD, finished -> {
            ClusterOutcome outcome = finished.outcome();
            outcomes.add(outcome);
            if (journal != null) {
              journal.append(outcome.toJson());
              journal.recordDone(finished.lineHash());
            }
            if (outcome.skipped() != null) {
              listener.skipped(outcome.clusterId(), outcome.skipped());
            }
            if (outcome.counted()) {
              listener.progress(++counted[0], limit);
            }
          });
    }
    return collect(methods, budget, outcomes);
  }

  /**
   * Every method's summary of one cluster, or why the cluster is skipped. The cluster is cleaned
   * and analysed once for all methods; each method's seconds are that shared time plus its own
   * (selection, ordering, attribution), as one summarize call would take.
   */
  private ClusterOutcome summarize(Path data, ClusterRecord record, List<String> methods,
      List<Supplier<SummarizeStep>> steps) {
    Cluster cluster = record.cluster();
    SummarizeStep.Analysis analysis = new SummarizeStep.Analysis(newsum, cluster);
    List<ClusterOutput> outputs = new ArrayList<>();
    for (int m = 0; m < methods.size(); m++) {
      ClusterResult result = steps.get(m).get().apply(analysis, where(data, record) + methods.get(m));
      if (result instanceof ClusterResult.Skipped skipped) {
        return ClusterOutcome.skipped(cluster.id(), true, skipped.message());
      }
      ClusterResult.Summarized done = (ClusterResult.Summarized) result;
      outputs.add(new ClusterOutput(cluster.id(), done.summary().texts(), done.seconds()));
    }
    return new ClusterOutcome(cluster.id(), true, record.references(), outputs, null);
  }

  private static EvaluationRun collect(List<String> methods, Budget budget, List<ClusterOutcome> outcomes) {
    Map<String, List<String>> references = new LinkedHashMap<>();
    List<List<ClusterOutput>> kept = new ArrayList<>();
    methods.forEach(m -> kept.add(new ArrayList<>()));
    List<String> skipped = new ArrayList<>();
    for (ClusterOutcome outcome : outcomes) {
      if (outcome.skipped() != null) {
        skipped.add(outcome.skipped());
        continue;
      }
      references.put(outcome.clusterId(), outcome.references());
      for (int m = 0; m < methods.size(); m++) {
        kept.get(m).add(outcome.outputs().get(m));
      }
    }
    List<MethodOutputs> results = new ArrayList<>();
    for (int m = 0; m < methods.size(); m++) {
      results.add(new MethodOutputs(methods.get(m), kept.get(m)));
    }
    return new EvaluationRun(budget, references, results, skipped);
  }

  private static String where(Path data, ClusterRecord record) {
    return data + " line " + record.line() + ": cluster '" + record.cluster().id() + "': ";
  }

  /** A record to summarize, or the problem that makes it unscorable, found on the reading thread. */
  private record Task(ClusterRecord record, String id, boolean counted, String problem, long lineHash) {}

  /** A record's outcome with the hash of its line, which the journal's checkpoint chains. */
  private record Finished(long lineHash, ClusterOutcome outcome) {}

  /**
   * The records as tasks, checked in file order (ids must be unique across the whole file, the
   * resumed part included), ending after {@code limit} counted clusters.
   */
  private static final class Checked implements Iterator<Task> {
    private final Iterator<ClusterInput> inputs;
    private final Path data;
    private final int limit;
    private final Set<String> ids = new HashSet<>();
    private int counted;

    Checked(Iterator<ClusterInput> inputs, Path data, int limit, List<ClusterOutcome> finished) {
      this.inputs = inputs;
      this.data = data;
      this.limit = limit;
      for (ClusterOutcome outcome : finished) {
        if (outcome.counted()) {
          ids.add(outcome.clusterId());
          counted++;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return (limit == 0 || counted < limit) && inputs.hasNext();
    }

    @Override
    public Task next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ClusterInput input = inputs.next();
      if (input.error() != null) {
        return new Task(null, null, false, input.error().getMessage(), input.lineHash());
      }
      ClusterRecord record = input.record();
      Cluster cluster = record.cluster();
      String problem = null;
      if (ids.contains(cluster.id())) {
        problem = "duplicate id";
      } else if (cluster.documents().stream().map(Document::text).allMatch(String::isBlank)) {
        problem = "no text";
      } else if (record.references().isEmpty()) {
        problem = "no reference summaries, nothing to score against (not summarized)";
      }
      if (problem != null) {
        return new Task(null, cluster.id(), false, where(data, record) + problem, input.lineHash());
      }
      ids.add(cluster.id());
      counted++;
      return new Task(record, cluster.id(), true, null, input.lineHash());
    }
  }
}
