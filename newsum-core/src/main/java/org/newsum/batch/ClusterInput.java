package org.newsum.batch;

import java.util.Iterator;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.InputException;

/**
 * One record of a cluster file as read: the cluster, or the reason its line could not be read
 * (so a malformed line becomes a reportable failure instead of ending a run).
 *
 * @param record the parsed cluster, or {@code null} when the line was malformed
 * @param error why the line could not be read, or {@code null}
 * @param lineHash {@link ClusterJsonlReader#lastLineHash()} of the line: what a resumed run checks
 */
public record ClusterInput(ClusterRecord record, InputException error, long lineHash) {
  /** The records of {@code reader}, one per non-blank line, malformed lines included as errors. */
  public static Iterator<ClusterInput> of(ClusterJsonlReader reader) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public ClusterInput next() {
        try {
          ClusterRecord record = reader.next();
          return new ClusterInput(record, null, reader.lastLineHash());
        } catch (InputException e) {
          return new ClusterInput(null, e, reader.lastLineHash());
        }
      }
    };
  }
}
