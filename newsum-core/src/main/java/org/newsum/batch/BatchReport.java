package org.newsum.batch;

/**
 * What a batch run did.
 *
 * @param summarized clusters summarized and written in this run
 * @param failed clusters skipped because of an error (reported to the {@link BatchListener})
 * @param resumed records skipped because an interrupted earlier run had already written them
 * @param seconds wall-clock time of this run
 */
public record BatchReport(long summarized, long failed, long resumed, double seconds) {
  /** Clusters handled (summarized or skipped) per second of wall-clock time. */
  public double clustersPerSecond() {
    return seconds > 0 ? (summarized + failed) / seconds : 0;
  }
}
