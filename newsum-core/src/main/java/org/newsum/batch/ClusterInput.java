package org.newsum.batch;

import java.nio.file.Path;
import java.util.Iterator;
import org.newsum.NewsumException;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.InputException;

/**
 * One record of a cluster file as read: the cluster, or the reason its line could not be read
 * (so a malformed line becomes a reportable failure instead of ending a run).
 *
 * @param record the parsed cluster, or {@code null} when the line was malformed
 * @param error why the line could not be read, or {@code null}
 */
public record ClusterInput(ClusterRecord record, InputException error) {
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
          return new ClusterInput(reader.next(), null);
        } catch (InputException e) {
          return new ClusterInput(null, e);
        }
      }
    };
  }

  /**
   * Skips the {@code records} records an interrupted run finished, so that a resumed run goes on
   * after them.
   *
   * @return {@code records}
   * @throws NewsumException if the input has fewer records (it is not the interrupted run's input)
   */
  public static long skip(Iterator<ClusterInput> inputs, long records, Path in) {
    for (long i = 0; i < records; i++) {
      if (!inputs.hasNext()) {
        throw new NewsumException("cannot resume: " + in + " has fewer records (" + i
            + ") than the interrupted run finished (" + records + "); run without --resume to start over");
      }
      inputs.next();
    }
    return records;
  }
}
