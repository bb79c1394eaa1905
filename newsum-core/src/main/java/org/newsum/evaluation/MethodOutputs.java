package org.newsum.evaluation;

import java.util.List;

/**
 * Everything one method produced in an evaluation run, in the order of the data file.
 *
 * @param method the method name as given
 * @param outputs one summary per evaluated cluster
 */
public record MethodOutputs(String method, List<ClusterOutput> outputs) {
  public MethodOutputs {
    outputs = List.copyOf(outputs);
  }

  /** Mean seconds per cluster. */
  public double meanSeconds() {
    return outputs.stream().mapToDouble(ClusterOutput::seconds).average().orElse(0);
  }

  /** Slowest cluster, in seconds. */
  public double maxSeconds() {
    return outputs.stream().mapToDouble(ClusterOutput::seconds).max().orElse(0);
  }
}
