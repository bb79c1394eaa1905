package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.batch.BatchListener;
import org.newsum.batch.BatchReport;
import org.newsum.batch.BatchRunner;
import org.newsum.batch.ClusterResult;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsum batch}: summarizes every cluster of a JSONL file on all cores into a JSONL file. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize every cluster of a .jsonl/.jsonl.gz file ({\"id\",\"docs\":[{\"id\",\"title\",\"text\"}],\"query\"?} per line)"
          + " on all cores.",
      "Writes one line per cluster, in input order: {\"id\",\"summary\":[sentences],\"sources\":[{\"doc\",\"index\","
          + "\"span\":[start,end],\"alsoIn\"}],\"method\",\"provenance\",\"time_s\"}.",
      "Clusters that cannot be read or summarized are reported and skipped (exit code 1 once the others are written).",
      "OUT appears only when the run is complete;"
          + " meanwhile lines go to OUT.partial with a checkpoint in OUT.checkpoint, and --resume continues an interrupted run."
    })
final class BatchCommand implements Callable<Integer> {
  /** Progress is redrawn at most this often (nanoseconds). */
  private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "CLUSTERS.jsonl", description = "Input clusters (.jsonl or .jsonl.gz).")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "SUMMARIES.jsonl", description = "Output file.")
  Path out;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SummarizeCommand.MethodNames.class)
  String method;

  @Mixin MethodSettings settings;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Continue an interrupted run with the same input and settings.")
  boolean resume;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BatchRunner runner = new BatchRunner(Newsum.standard(),
        SummaryRequest.of(settings.options(method, spec), budget.budget()), threads);
    Progress progress = new Progress(err, stderrIsTerminal());
    BatchReport report = runner.run(in, out, resume, progress);
    progress.clear();
    err.printf(Locale.ROOT, "newsum batch: %d clusters summarized, %d skipped%s in %.1f s (%.1f clusters/s, %d threads) -> %s%n",
        report.summarized(), report.failed(),
        report.resumed() > 0 ? ", " + report.resumed() + " resumed from the interrupted run," : "",
        report.seconds(), report.clustersPerSecond(), threads, out);
    err.flush();
    return report.failed() == 0 ? 0 : NewsumCommand.EXIT_INPUT_ERROR;
  }

  /** Whether stderr is a terminal: on Linux from its file descriptor, elsewhere from {@link System#console()}. */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Prints skipped clusters always, and a progress line when stderr is a terminal. */
  private static final class Progress implements BatchListener {
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void failed(ClusterResult.Skipped skipped) {
      clear();
      err.println("newsum batch: skipped: " + skipped.message());
      err.flush();
    }

    @Override
    public void progress(long done, long failed) {
      long now = System.nanoTime();
      if (terminal && now - lastDrawn >= PROGRESS_INTERVAL_NANOS) {
        double seconds = (now - start) / 1e9;
        err.printf(Locale.ROOT, "\r%d clusters (%d skipped), %.1f clusters/s ", done, failed, done / seconds);
        err.flush();
        lastDrawn = now;
        drawn = true;
      }
    }

    void clear() {
      if (drawn) {
        err.print("\r\033[K");
        drawn = false;
      }
    }
  }
}
