package org.newsum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.evaluation.EvaluationFiles;
import org.newsum.evaluation.EvaluationRun;
import org.newsum.evaluation.EvaluationRunner;
import org.newsum.evaluation.MethodOutputs;
import org.newsum.evaluation.Protocol;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeData;
import org.newsum.evaluation.rouge.RougeOptions;
import org.newsum.evaluation.rouge.RougeScore;
import org.newsum.evaluation.rouge.RougeScores;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsum eval}: runs methods over a benchmark cluster file and prints their ROUGE and speed. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluate summarization methods on a benchmark cluster file (one {\"id\",\"docs\",\"refs\"} per line).",
      "Prints per method the mean ROUGE-1/2/4/SU4/L recall, precision and F1 over clusters, and the mean and"
          + " max seconds per cluster.",
      "Scoring follows ROUGE-1.5.5: stemmed, stop words kept, peer and references cut to the budget (-l for"
          + " --words, -b for --bytes), or the published options of --protocol.",
      "A bad cluster is reported and skipped for every method; the table covers the others, and the exit code is"
          + " then 1.",
      "Progress goes to standard error: a bar with the total, percentage and ETA on a terminal, else a line every 10"
          + " seconds."
    })
final class EvalCommand implements Callable<Integer> {
  /** ROUGE metrics of the table, in column order. */
  private static final List<String> METRICS = List.of("rouge-1", "rouge-2", "rouge-4", "rouge-su4", "rouge-l");

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Cluster file (.jsonl or .jsonl.gz).")
  Path data;

  @Option(names = {"-m", "--method"}, split = ",", paramLabel = "M", defaultValue = "lead,centroid",
      description = "Methods, comma-separated (default ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SummarizeCommand.MethodNames.class)
  List<String> methods;

  @Mixin MethodSettings settings;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--protocol", paramLabel = "P",
      description = "Published setting: duc2004 (100 words, -n 4 -m -l 100), duc2006 (250 words, -m -l 250 --su 4),"
          + " duc2007update (100 words, -m -l 100 --su 4), multinews (260 words, -m, no truncation). Sets the budget (unless given) and the ROUGE options.")
  String protocol;

  @Option(names = "--tokenize", paramLabel = "T", defaultValue = "rouge155",
      description = "ROUGE tokens: rouge155 (default, ROUGE-1.5.5's ASCII-only tokens) or unicode (any language: runs"
          + " of Unicode letters/digits, one token per CJK character; no stemming or stop words; -l counts tokens).")
  String tokenize;

  @Option(names = "--limit", paramLabel = "K", defaultValue = "0", description = "Evaluate only the first K clusters.")
  int limit;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write DIR/<method>.jsonl and DIR/refs.jsonl, the files shared/tools/rouge.py reads.")
  Path out;

  @Option(names = "--resume",
      description = "Continue the interrupted run in --out DIR (same data, methods, budget and limit) where it stopped.")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--rouge-data", paramLabel = "DIR",
      description = "ROUGE-1.5.5 data folder (WordNet exceptions); default $ROUGE_DATA, else shared/rouge155/data.")
  Path rougeData;

  @Option(names = "--skipped", paramLabel = "FILE",
      description = "Also write one JSON line {\"id\",\"reason\"} per skipped cluster to FILE (appended to with --resume).")
  Path skipped;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new NewsumException("--limit must not be negative");
    }
    if (resume && out == null) {
      throw new NewsumException("--resume needs --out DIR (the folder of the interrupted run)");
    }
    Protocol chosen = protocol == null ? null : Protocol.byName(protocol);
    Budget summaryBudget = budget.isGiven() || chosen == null ? budget.budget() : chosen.budget();
    RougeOptions options = (chosen != null ? chosen.rouge() : truncatedTo(summaryBudget)).withMaxN(4).withSkipDistance(4)
        .withTokenize(RougeOptions.Tokenize.byFlag(tokenize));
    Rouge rouge = new Rouge(options, RougeData.find(rougeData));
    EvaluationRunner runner = threads == null ? EvaluationRunner.allCores(Newsum.standard())
        : new EvaluationRunner(Newsum.standard(), threads);
    PrintWriter err = spec.commandLine().getErr();
    RecordCount records = RecordCount.of(data);
    ProgressBar bar = ProgressBar.onStderr(err, "eval", () -> {
      long all = records.getAsLong();
      return limit > 0 && (all == 0 || all > limit) ? limit : all;
    });
    List<MethodOptions> configured = settings.options(methods, spec);
    EvaluationRun run;
    try (SkippedFile skips = SkippedFile.open(skipped, resume, data, List.of())) {
      EvaluationRunner.Listener listener = new EvaluationRunner.Listener() {
        private long skippedClusters;

        @Override
        public void progress(int done, int total) {
          bar.update(done, skippedClusters);
        }

        @Override
        public void skipped(String clusterId, String reason) {
          skippedClusters++;
          bar.message("newsum: skipped " + reason);
          if (skips != null) {
            skips.add(clusterId, reason);
          }
        }

        @Override
        public void resumed(int records) {
          bar.message("newsum: eval: resuming the interrupted run after its first " + records + " records");
        }
      };
      run = out == null ? runner.run(data, configured, summaryBudget, limit, listener)
          : runner.run(data, configured, summaryBudget, limit, out, resume, listener);
    }
    bar.clear();
    if (run.references().isEmpty()) {
      throw new NewsumException(data + ": no cluster could be evaluated");
    }
    printTable(run, rouge, options);
    return run.skipped().isEmpty() ? 0 : NewsumCommand.EXIT_INPUT_ERROR;
  }

  private static RougeOptions truncatedTo(Budget budget) {
    RougeOptions stemmed = RougeOptions.defaults().withStem(true);
    return switch (budget.unit()) {
      case WORDS -> stemmed.withWordLimit(budget.limit());
      case BYTES -> stemmed.withByteLimit(budget.limit());
      case SENTENCES, CHARACTERS -> stemmed;
    };
  }

  private void printTable(EvaluationRun run, Rouge rouge, RougeOptions options) {
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "# %s: %d clusters evaluated, %d skipped; budget %s; ROUGE %s (means over clusters)%n",
        data, run.references().size(), run.skipped().size(), run.budget(), options.toFlags());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "method"));
    for (String metric : METRICS) {
      String name = "R" + metric.substring("rouge-".length()).toUpperCase(Locale.ROOT);
      for (String part : List.of("R", "P", "F")) {
        header.append(String.format(Locale.ROOT, " %8s", name + "-" + part));
      }
    }
    header.append(String.format(Locale.ROOT, " %10s %9s", "s/cluster", "max s"));
    w.println(header);
    List<String> commands = new ArrayList<>();
    for (MethodOutputs method : run.methods()) {
      RougeScores mean = run.score(rouge, method).mean();
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", method.method()));
      for (String metric : METRICS) {
        RougeScore s = mean.get(metric);
        row.append(String.format(Locale.ROOT, " %8s %8s %8s", Decimals.fixed(s.recall(), 5),
            Decimals.fixed(s.precision(), 5), Decimals.fixed(s.f(), 5)));
      }
      row.append(String.format(Locale.ROOT, " %10.4f %9.4f", method.meanSeconds(), method.maxSeconds()));
      w.println(row);
      if (out != null) {
        commands.add("python3 ../shared/tools/rouge.py --refs " + out.resolve(EvaluationFiles.REFERENCES) + " --sys "
            + EvaluationFiles.summariesFile(out, method.method()) + " " + options.toFlags());
      }
    }
    if (!commands.isEmpty()) {
      w.println("# re-score independently:");
      commands.forEach(c -> w.println("#   " + c));
    }
    w.flush();
  }
}
