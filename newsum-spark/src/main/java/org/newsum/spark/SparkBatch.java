package org.newsum.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.documents.ClusterJson;
import org.newsum.model.Budget;
import org.newsum.summarizers.Summarizers;

/**
 * The Spark version of {@code newsum batch}: reads a cluster file (JSONL, gzipped or not, or a
 * Parquet table with the same columns) from any Hadoop-supported URI, summarizes each cluster
 * with the core library in {@code mapPartitions}, and writes rows with the fields of {@code
 * newsum batch} output ({@code id, summary, sources, method, provenance, time_s}) as JSONL or Parquet.
 *
 * @param method the summarization method, as for {@code newsum batch}
 * @param options the method's options set by name ({@code --set name=value}), applied in order
 * @param budget the summary length
 * @param minPartitions split the input into at least this many partitions; 0 for one per core
 */
public record SparkBatch(String method, Map<String, String> options, Budget budget, int minPartitions) {
  /** File formats the job reads and writes. */
  public enum Format {
    JSONL,
    PARQUET;

    /** Parquet for paths ending in {@code .parquet}, otherwise JSONL. */
    public static Format of(String path) {
      return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? PARQUET : JSONL;
    }
  }

  /** What a run did; the counts come from accumulators (a retried task may count twice). */
  public record Report(long summarized, long failed, double seconds) {
    public double clustersPerSecond() {
      return seconds > 0 ? (summarized + failed) / seconds : 0;
    }
  }

  public SparkBatch {
    options = new LinkedHashMap<>(options); // serializable, in order
    request(method, options, budget); // fail on the driver, before any task, on an unknown method or option
    if (minPartitions < 0) {
      throw new NewsumException("partitions must be 0 (one per core) or more, got " + minPartitions);
    }
  }

  /** With the method's default options. */
  public SparkBatch(String method, Budget budget, int minPartitions) {
    this(method, Map.of(), budget, minPartitions);
  }

  /** The request every cluster is summarized with (built again on each executor from these serializable parts). */
  static SummaryRequest request(String method, Map<String, String> options, Budget budget) {
    return SummaryRequest.of(Summarizers.options(method, options), budget);
  }

  /** Reads, summarizes and writes; {@code overwrite} replaces an existing output, otherwise that is an error. */
  public Report run(SparkSession spark, String in, Format inFormat, String out, Format outFormat, boolean overwrite) {
    long start = System.nanoTime();
    checkInput(spark, in, inFormat);
    if (!overwrite && exists(spark, out)) {
      throw new NewsumException(out + ": already exists; use --overwrite to replace it");
    }
    LongAccumulator summarized = spark.sparkContext().longAccumulator("clusters summarized");
    LongAccumulator failed = spark.sparkContext().longAccumulator("clusters skipped");
    Dataset<Row> summaries = summarize(spark, in, inFormat, summarized, failed);
    var writer = summaries.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    switch (outFormat) {
      case JSONL -> writer.json(out);
      case PARQUET -> writer.parquet(out);
    }
    return new Report(summarized.value(), failed.value(), (System.nanoTime() - start) / 1e9);
  }

  /**
   * Refuses an input that names nothing, and a JSONL file of gzip data not named {@code .gz}:
   * Hadoop picks the codec by the name, so its every line would be reported as malformed JSON.
   * Only an input naming one file is looked into (a glob or directory would mean opening every file
   * on the driver); shared with {@link SparkStories}.
   */
  static void checkInput(SparkSession spark, String in, Format format) {
    if (!exists(spark, in)) {
      throw new NewsumException(in + ": no such file or directory");
    }
    Path path = new Path(in);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (format != Format.JSONL || in.endsWith(".gz") || !fs.exists(path) || !fs.getFileStatus(path).isFile()) {
        return;
      }
      try (FSDataInputStream stream = fs.open(path)) {
        if (stream.read() == 0x1f && stream.read() == 0x8b) {
          throw new NewsumException(in + ": gzip data in a file not named .gz (Spark decompresses by the name);"
              + " rename it to " + path.getName() + ".gz");
        }
      }
    } catch (IOException e) {
      throw new NewsumException(in + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Whether a path (or a glob) names anything; shared with {@link SparkStories}. */
  static boolean exists(SparkSession spark, String uri) {
    Path path = new Path(uri);
    try {
      FileStatus[] matches = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(path);
      return matches != null && matches.length > 0;
    } catch (IOException | IllegalArgumentException e) {
      throw new NewsumException(uri + ": cannot access: " + e.getMessage(), e);
    }
  }

  /**
   * The summaries of the clusters in {@code in}, lazily (nothing runs before an action), in input
   * order unless the input had to be repartitioned. Summarizing costs far more than reading, so
   * the input is spread over at least {@link #minPartitions} partitions: a plain JSONL file is
   * split by byte ranges (order kept; Spark's file reader alone would make one partition of a
   * file under 4 MB); a gzipped file, which cannot be split, or a Parquet table with fewer
   * partitions is repartitioned (order lost).
   */
  public Dataset<Row> summarize(SparkSession spark, String in, Format inFormat, LongAccumulator summarized,
      LongAccumulator failed) {
    int partitions = minPartitions > 0 ? minPartitions : spark.sparkContext().defaultParallelism();
    return switch (inFormat) {
      case JSONL -> atLeast(partitions, spark.createDataset(spark.sparkContext().textFile(in, partitions), Encoders.STRING()))
          .filter((FilterFunction<String>) line -> !line.isBlank())
          .mapPartitions(new SummarizePartition<String>(
              (line, where) -> ClusterJson.decode(line, 0, where).cluster(),
              in, this, summarized, failed), Encoders.row(ClusterRows.SUMMARY));
      case PARQUET -> atLeast(partitions, spark.read().parquet(in))
          .mapPartitions(new SummarizePartition<Row>(ClusterRows::toCluster, in, this, summarized, failed),
              Encoders.row(ClusterRows.SUMMARY));
    };
  }

  private static <T> Dataset<T> atLeast(int partitions, Dataset<T> input) {
    return input.rdd().getNumPartitions() < partitions ? input.repartition(partitions) : input;
  }
}
