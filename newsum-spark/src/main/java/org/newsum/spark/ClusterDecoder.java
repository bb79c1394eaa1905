package org.newsum.spark;

import java.io.Serializable;
import org.newsum.model.Cluster;

/**
 * Turns one input record (a JSONL line, a table row) into a cluster, on the executors.
 *
 * @param <T> the record type of the input dataset
 */
@FunctionalInterface
interface ClusterDecoder<T> extends Serializable {
  /**
   * @param where the input and record, for error messages
   * @throws org.newsum.NewsumException if the record is not a valid cluster
   */
  Cluster decode(T record, String where);
}
