package org.newsum.evaluation;

import java.util.List;

/**
 * One method's summary of one cluster in an evaluation run.
 *
 * @param clusterId the cluster's id
 * @param sentences the summary sentences in order
 * @param seconds wall time of the summarize call
 */
public record ClusterOutput(String clusterId, List<String> sentences, double seconds) {
  public ClusterOutput {
    sentences = List.copyOf(sentences);
  }
}
