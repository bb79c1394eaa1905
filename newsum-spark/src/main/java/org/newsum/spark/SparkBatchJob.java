package org.newsum.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Command line of the Spark job ({@code spark-submit ... newsum-spark.jar --in ... --out ...},
 * or {@code bin/newsum-spark} in local mode): parses options, starts a session and runs a
 * {@link SparkBatch}. Without a master from {@code spark-submit}, runs in {@code local[*]}.
 */
@Command(
    name = "newsum-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize every cluster of a JSONL (.jsonl, .jsonl.gz) or Parquet cluster table on Spark.",
      "Writes rows {id, summary, sources, method, provenance, time_s} like `newsum batch`, as JSON lines (part files)"
          + " or Parquet."
    })
public final class SparkBatchJob implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "URI", description = "Input clusters: a file, directory or glob on any Hadoop file system.")
  String in;

  @Option(names = "--out", required = true, paramLabel = "URI", description = "Output directory.")
  String out;

  @Option(names = "--out-format", paramLabel = "FORMAT", description = "jsonl or parquet (default: parquet if --out ends in .parquet, else jsonl).")
  SparkBatch.Format outFormat;

  @Mixin SparkCli.Common common = new SparkCli.Common();

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "Set a method option (repeatable), as for `newsum batch`; `newsum methods` lists them.")
  Map<String, String> settings = new LinkedHashMap<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Length length = new Length();

  @Spec CommandSpec spec;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Split the input into at least N partitions (default: one per core; more balances uneven clusters).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace an existing output directory.")
  boolean overwrite;

  /** The summary length options of {@code newsum batch}. */
  static final class Length {
    @Option(names = "--words", paramLabel = "N", description = "Summary length in words (default: 100).")
    Integer words;

    @Option(names = "--bytes", paramLabel = "N", description = "Summary length in UTF-8 bytes.")
    Integer bytes;

    @Option(names = "--sentences", paramLabel = "N", description = "Summary length in sentences.")
    Integer sentences;

    @Option(names = "--chars", paramLabel = "N",
        description = "Summary length in characters, white space not counted (for Chinese and Japanese).")
    Integer chars;

    Budget budget() {
      return Budget.ofOneGiven(words, bytes, sentences, chars).orElse(SummaryRequest.DEFAULT_BUDGET);
    }
  }

  public static void main(String[] args) {
    System.exit(SparkCli.execute(new SparkBatchJob(), args));
  }

  @Override
  public Integer call() {
    Summarizers.options(common.method); // an unknown method exits 1, as in `newsum batch`
    SparkBatch batch;
    try {
      batch = new SparkBatch(common.method, settings, length.budget(), partitions);
    } catch (NewsumException e) {
      throw new ParameterException(spec.commandLine(), "newsum-spark: " + e.getMessage()); // a usage error: exit 2
    }
    SparkSession spark = common.session("newsum batch " + in);
    try {
      SparkBatch.Report report = batch.run(spark, in, common.inFormat(in),
          out, outFormat != null ? outFormat : SparkBatch.Format.of(out), overwrite);
      System.err.printf(Locale.ROOT, "newsum-spark: %d clusters summarized, %d skipped in %.1f s (%.1f clusters/s, %s) -> %s%n",
          report.summarized(), report.failed(), report.seconds(), report.clustersPerSecond(),
          spark.sparkContext().master(), out);
      return report.failed() == 0 ? 0 : 1; // as `newsum batch`: the output has the others
    } finally {
      spark.stop();
    }
  }
}
