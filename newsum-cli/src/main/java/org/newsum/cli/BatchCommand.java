package org.newsum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
          + " meanwhile lines go to OUT.partial with a checkpoint in OUT.checkpoint, and --resume continues an interrupted run.",
      "Progress goes to standard error: a bar with the total, percentage and ETA on a terminal, else a line every 10"
          + " seconds."
    })
final class BatchCommand implements Callable<Integer> {
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

  @Option(names = "--skipped", paramLabel = "FILE",
      description = "Also write one JSON line {\"id\",\"reason\"} per skipped cluster to FILE (appended to with --resume).")
  Path skipped;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BatchRunner runner = new BatchRunner(Newsum.standard(),
        SummaryRequest.of(settings.options(method, spec), budget.budget()), threads);
    ProgressBar bar = ProgressBar.onStderr(err, "batch", RecordCount.of(in));
    BatchReport report;
    try (SkippedFile skips = SkippedFile.open(skipped, resume, in, List.of(out))) {
      report = runner.run(in, out, resume, new BatchListener() {
        private long resumed;

        @Override
        public void resumed(long records) {
          resumed = records;
        }

        @Override
        public void failed(ClusterResult.Skipped cluster) {
          bar.message("newsum batch: skipped: " + cluster.message());
          if (skips != null) {
            skips.add(cluster.clusterId(), cluster.message());
          }
        }

        @Override
        public void progress(long done, long failed) {
          bar.update(resumed + done, failed);
        }
      });
    }
    bar.clear();
    err.printf(Locale.ROOT, "newsum batch: %d clusters summarized, %d skipped%s in %.1f s (%.1f clusters/s, %d threads) -> %s%n",
        report.summarized(), report.failed(),
        report.resumed() > 0 ? ", " + report.resumed() + " resumed from the interrupted run," : "",
        report.seconds(), report.clustersPerSecond(), threads, out);
    err.flush();
    return report.failed() == 0 ? 0 : NewsumCommand.EXIT_INPUT_ERROR;
  }
}
