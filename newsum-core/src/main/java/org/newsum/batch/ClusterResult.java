package org.newsum.batch;

import org.newsum.model.Summary;
import org.newsum.output.BatchLine;

/**
 * What became of one cluster in a run over many ({@link SummarizeStep}): its summary, or why it
 * was skipped. Every front end that summarizes cluster after cluster (batch, eval, the Spark job,
 * {@code summarize} on a JSONL file) reports and counts these alike.
 */
public sealed interface ClusterResult permits ClusterResult.Summarized, ClusterResult.Skipped {
  /**
   * A cluster summarized.
   *
   * @param summary the summary
   * @param seconds wall time of the summarize call
   */
  record Summarized(Summary summary, double seconds) implements ClusterResult {
    /** The batch-output line of this summary. */
    public BatchLine line() {
      return new BatchLine(summary, seconds);
    }
  }

  /**
   * A cluster that could not be read or summarized.
   *
   * @param clusterId the cluster's id, or {@code null} when its record could not be read
   * @param message what went wrong, naming the input and record
   */
  record Skipped(String clusterId, String message) implements ClusterResult {}
}
