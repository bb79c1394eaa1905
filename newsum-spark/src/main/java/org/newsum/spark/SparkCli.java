package org.newsum.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsum.NewsumException;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the Spark jobs' command lines ({@link SparkBatchJob}, {@link StoriesJob}) share: one error
 * handling (a {@link NewsumException} is a one-line {@code newsum-spark: ...} message and exit 1,
 * a usage error exit 2), the options they take alike and one way to start a session.
 */
final class SparkCli {
  private SparkCli() {}

  /** Runs a picocli command with case-insensitive enum values and returns its exit code. */
  static int execute(Object command, String... args) {
    CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof NewsumException) {
        commandLine.getErr().println("newsum-spark: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** The options both jobs take alike (a picocli mixin). */
  static final class Common {
    @Option(names = "--in-format", paramLabel = "FORMAT", description = "jsonl or parquet (default: parquet if --in ends in .parquet, else jsonl).")
    SparkBatch.Format inFormat;

    @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
        description = "Summarization method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--master", paramLabel = "MASTER", description = "Spark master when not run by spark-submit (default: local[*]).")
    String master = "local[*]";

    /** The format of the input {@code in}: as given, else by its name. */
    SparkBatch.Format inFormat(String in) {
      return inFormat != null ? inFormat : SparkBatch.Format.of(in);
    }

    /**
     * A session named {@code appName}; without a master from {@code spark-submit}, on {@code --master}
     * with the web UI off.
     */
    SparkSession session(String appName) {
      SparkConf conf = new SparkConf().setAppName(appName);
      if (!conf.contains("spark.master")) {
        conf.setMaster(master).set("spark.ui.enabled", "false");
      }
      return SparkSession.builder().config(conf).getOrCreate();
    }
  }
}
