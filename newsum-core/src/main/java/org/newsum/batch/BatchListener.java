package org.newsum.batch;

/**
 * Follows a batch run: told about each skipped cluster and about progress, in input order, on
 * the thread that runs the batch. Front ends use it to print errors and a progress line.
 */
public interface BatchListener {
  /** Does nothing. */
  BatchListener NONE = new BatchListener() {};

  /** The run continues an interrupted one that had already written {@code records} records, before any progress. */
  default void resumed(long records) {}

  /** A cluster was skipped. */
  default void failed(ClusterResult.Skipped skipped) {}

  /**
   * Another record was handled.
   *
   * @param done records handled so far in this run (summarized or skipped)
   * @param failed records skipped so far in this run
   */
  default void progress(long done, long failed) {}
}
