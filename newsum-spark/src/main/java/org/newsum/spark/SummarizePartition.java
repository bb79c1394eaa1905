package org.newsum.spark;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;

/**
 * Summarizes the clusters of one partition: builds the pipeline and the request once per
 * partition (not per record) and streams the records through the summarize-or-skip step
 * ({@link SummarizeStep}). A record that cannot be decoded or summarized is reported on the
 * executor's stderr, counted in {@code failed} and skipped, as {@code newsum batch} does.
 *
 * @param <T> the record type of the input dataset
 */
final class SummarizePartition<T> implements MapPartitionsFunction<T, Row> {
  private static final long serialVersionUID = 1L;

  private final ClusterDecoder<T> decoder;
  private final String input;
  private final String method;
  private final LinkedHashMap<String, String> options;
  private final Budget.Unit budgetUnit;
  private final int budgetLimit;
  private final LongAccumulator summarized;
  private final LongAccumulator failed;

  SummarizePartition(ClusterDecoder<T> decoder, String input, SparkBatch batch, LongAccumulator summarized,
      LongAccumulator failed) {
    this.decoder = decoder;
    this.input = input;
    this.method = batch.method();
    this.options = new LinkedHashMap<>(batch.options());
    this.budgetUnit = batch.budget().unit();
    this.budgetLimit = batch.budget().limit();
    this.summarized = summarized;
    this.failed = failed;
  }

  @Override
  public Iterator<Row> call(Iterator<T> records) {
    SummarizeStep step = SummarizeStep.of(Newsum.standard(),
        SparkBatch.request(method, options, new Budget(budgetUnit, budgetLimit)));
    TaskContext task = TaskContext.get();
    String partition = input + " (partition " + (task == null ? 0 : task.partitionId()) + ", record ";
    return new Iterator<>() {
      private long position;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && records.hasNext()) {
          next = summarize(records.next(), partition + ++position + ")");
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }

      private Row summarize(T record, String where) {
        Cluster cluster;
        try {
          cluster = decoder.decode(record, where);
        } catch (NewsumException e) {
          return skip(e.getMessage());
        } catch (RuntimeException e) { // e.g. a Parquet column of another type than expected
          return skip(where + ": not a cluster: " + e);
        }
        ClusterResult result = step.apply(cluster, where);
        if (result instanceof ClusterResult.Summarized done) {
          summarized.add(1);
          return ClusterRows.toRow(done.line());
        }
        return skip(((ClusterResult.Skipped) result).message());
      }

      private Row skip(String message) {
        System.err.println("newsum-spark: skipped: " + message);
        failed.add(1);
        return null;
      }
    };
  }
}
