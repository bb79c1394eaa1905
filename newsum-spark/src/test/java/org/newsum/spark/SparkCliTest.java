package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;

/**
 * Both Spark jobs' command lines report bad input as one {@code newsum-spark: ...} line with the
 * documented exit code (1 bad input, 2 usage error), before any Spark session starts.
 */
class SparkCliTest {
  private String err = "";

  private int run(Object job, String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      return SparkCli.execute(job, args);
    } finally {
      System.setErr(saved);
      err = buffer.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void anUnknownMethodIsOneLineAndExit1() {
    assertThat(run(new SparkBatchJob(), "--in", "in.jsonl", "--out", "out", "--method", "no-such-method")).isEqualTo(1);
    assertThat(err).startsWith("newsum-spark: ").doesNotContain("\tat ");
    assertThat(err.strip().lines()).hasSize(1);
  }

  @Test
  void aBadSettingIsAUsageError() {
    assertThat(run(new StoriesJob(), "--in", "in.jsonl", "--out", "out", "--set", "no_such_option=1")).isEqualTo(2);
    assertThat(err).contains("newsum-spark: ").doesNotContain("\tat ");
  }

  @Test
  void inputFormatsAreCaseInsensitive() {
    assertThat(run(new StoriesJob(), "--in", "in", "--out", "out", "--in-format", "PARQUET", "--set", "x=1")).isEqualTo(2);
    assertThat(err).doesNotContain("Invalid value for option '--in-format'");
  }

  @Test
  void lengthsAreTheCliOnesCharactersIncluded() {
    SparkBatchJob job = new SparkBatchJob();
    new picocli.CommandLine(job).parseArgs("--in", "in", "--out", "out", "--chars", "30");
    assertThat(job.length.budget()).isEqualTo(Budget.characters(30));
    assertThat(run(new StoriesJob(), "--in", "in", "--out", "out", "--chars", "0")).isEqualTo(2);
    assertThat(err).contains("newsum-spark: budget must be at least 1").doesNotContain("\tat ");
  }

  @Test
  void bothJobsTakeTheSharedOptions() {
    for (Object job : new Object[] {new SparkBatchJob(), new StoriesJob()}) {
      assertThat(new picocli.CommandLine(job).getUsageMessage()).contains("--in-format=FORMAT", "--method=METHOD",
          "--master=MASTER", "--overwrite");
    }
  }
}
