package org.newsum.batch;

/**
 * A cluster a batch run could not summarize and skipped.
 *
 * @param clusterId the cluster's id, or {@code null} when its line could not be parsed
 * @param message what went wrong, naming the input file and line
 */
public record ClusterFailure(String clusterId, String message) {}
