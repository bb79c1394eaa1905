package org.newsum.documents;

import java.util.List;
import org.newsum.model.Cluster;

/**
 * One line of a cluster JSONL file: the cluster and its reference summaries (empty when the
 * file has none).
 *
 * @param line 1-based line number in the file, for error messages
 * @param cluster the documents (and query) to summarize
 * @param references human summaries; a reference given as a list of sentences is joined with newlines
 */
public record ClusterRecord(long line, Cluster cluster, List<String> references) {
  public ClusterRecord {
    references = List.copyOf(references);
  }
}
