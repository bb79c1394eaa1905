package org.newsum.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsum.NewsumException;
import picocli.CommandLine;

/**
 * What the Spark jobs' command lines ({@link SparkBatchJob}, {@link StoriesJob}) share: one error
 * handling (a {@link NewsumException} is a one-line {@code newsum-spark: ...} message and exit 1,
 * a usage error exit 2) and one way to start a session.
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

  /**
   * A session named {@code appName}; without a master from {@code spark-submit}, on {@code master}
   * with the web UI off.
   */
  static SparkSession session(String appName, String master) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster(master).set("spark.ui.enabled", "false");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
