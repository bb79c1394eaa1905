package org.newsum.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsum.NewsumException;
import org.newsum.stories.StoryOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Command line of the Spark stories job ({@code spark-submit --class org.newsum.spark.StoriesJob
 * newsum-spark.jar --in ... --out ...}): parses options, starts a session and runs {@link
 * SparkStories}. Without a master from {@code spark-submit}, runs in {@code local[*]}.
 */
@Command(
    name = "newsum-spark-stories",
    mixinStandardHelpOptions = true,
    description = {
      "Group a feed of articles (JSONL: {\"id\",\"title\"?,\"text\"|\"html\",\"date\"?,\"url\"?} per line, or Parquet with"
          + " those columns) into stories and summarize every story, on Spark; the same stories as `newsum stories`.",
      "Writes one JSON line per story {id, articles, size, first_date, last_date, headline, summary} (part files).",
      "Exit codes: 0 done; 1 some articles skipped (reported; the others are grouped) or bad input; 2 usage error."
    })
public final class StoriesJob implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "URI", description = "Input feed: a file, directory or glob on any Hadoop file system.")
  String in;

  @Option(names = "--out", required = true, paramLabel = "URI", description = "Output directory (JSON lines).")
  String out;

  @Option(names = "--assignments", paramLabel = "URI", description = "Also write {\"id\",\"story\"} lines, one per article, here.")
  String assignments;

  @Mixin SparkCli.Common common = new SparkCli.Common();

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "Set a grouping parameter (as for `newsum stories`) or a method option; repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  SparkBatchJob.Length length = new SparkBatchJob.Length();

  @Option(names = "--no-summaries", description = "Group only.")
  boolean noSummaries;

  @Option(names = "--overwrite", description = "Replace existing output directories.")
  boolean overwrite;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(SparkCli.execute(new StoriesJob(), args));
  }

  @Override
  public Integer call() {
    SparkStories job;
    try {
      StoryOptions grouping = StoryOptions.DEFAULT;
      Map<String, String> methodOptions = new LinkedHashMap<>();
      for (Map.Entry<String, String> setting : settings.entrySet()) {
        if (grouping.asMap().containsKey(setting.getKey())) {
          grouping = grouping.with(setting.getKey(), setting.getValue());
        } else {
          methodOptions.put(setting.getKey(), setting.getValue());
        }
      }
      job = SparkStories.of(grouping, common.method, methodOptions, length.budget(), !noSummaries);
    } catch (NewsumException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "newsum-spark: " + e.getMessage()); // a usage error: exit 2
    }
    SparkSession spark = common.session("newsum stories " + in);
    try {
      SparkStories.Report report = job.run(spark, in, common.inFormat(in), out,
          assignments, overwrite);
      System.err.printf(Locale.ROOT, "newsum-spark stories: %d articles -> %d stories (grouped on the driver in %.2f s,"
          + " %.0f articles/s), %d skipped, in %.1f s (%s) -> %s%n", report.articles(), report.stories(),
          report.groupingSeconds(), report.articles() / Math.max(report.groupingSeconds(), 1e-9), report.skipped(),
          report.seconds(), spark.sparkContext().master(), out);
      return report.skipped() == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }
}
