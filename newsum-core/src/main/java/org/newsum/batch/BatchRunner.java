package org.newsum.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.internal.batch.OrderedParallelMap;
import org.newsum.internal.batch.ResumableOutput;
import org.newsum.internal.output.OutputPaths;
import org.newsum.output.BatchLine;

/**
 * Summarizes every cluster of a JSONL file ({@code .jsonl.gz} too) into a JSONL file of
 * {@link BatchLine batch lines}, on all cores, streaming: clusters are read one at
 * a time, at most a few per thread are in flight, and output lines are written in input order.
 * A cluster that cannot be read or summarized is reported to the {@link BatchListener},
 * counted and skipped. The output is a {@link ResumableOutput}: it appears only when complete,
 * and an interrupted run can be resumed.
 *
 * <p>Immutable; one runner can do several runs.
 */
public final class BatchRunner {
  /** Inputs read ahead per worker thread: enough to keep workers busy, small enough to bound memory. */
  static final int IN_FLIGHT_PER_THREAD = 4;

  private final SummaryRequest request;
  private final SummarizeStep step;
  private final int threads;
  private final Duration checkpointInterval;

  /**
   * @param threads worker threads, e.g. {@link Runtime#availableProcessors()}
   */
  public BatchRunner(Newsum newsum, SummaryRequest request, int threads) {
    this(newsum, request, threads, System::nanoTime, Duration.ofSeconds(1));
  }

  /** With a clock for {@code time_s} and a checkpoint interval of choice (tests). */
  BatchRunner(Newsum newsum, SummaryRequest request, int threads, LongSupplier nanoClock, Duration checkpointInterval) {
    if (threads < 1) {
      throw new NewsumException("threads must be at least 1, got " + threads);
    }
    this.request = request;
    this.step = SummarizeStep.of(newsum, request, nanoClock);
    this.threads = threads;
    this.checkpointInterval = checkpointInterval;
  }

  /**
   * Summarizes the clusters of {@code in} into {@code out}.
   *
   * @param resume continue an interrupted run into the same {@code out} (with the same settings)
   * @throws NewsumException if the input cannot be opened or read, or the output cannot be written (what was
   *     finished is then kept for {@code resume}); before any work if {@code out} is a directory or it, its
   *     partial file or its checkpoint is the input, or it is a device
   */
  public BatchReport run(Path in, Path out, boolean resume, BatchListener listener) {
    long start = System.nanoTime();
    OutputPaths.refuseNonFile(out);
    for (Path written : List.of(out, ResumableOutput.partialOf(out), ResumableOutput.checkpointOf(out))) {
      OutputPaths.refuseInput(written, in);
    }
    String settings = "input=" + in.toAbsolutePath().normalize() + " method=" + request.method() + " options="
        + request.options().values() + " budget=" + request.budget() + " query=" + request.query() + " clean="
        + request.clean();
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(in);
        ResumableOutput output = ResumableOutput.open(out, settings, resume, checkpointInterval)) {
      Iterator<ClusterInput> inputs = ClusterInput.of(reader);
      long resumed = output.skipDone(inputs, ClusterInput::lineHash, in.toString());
      if (resumed > 0) {
        listener.resumed(resumed);
      }
      long[] counts = new long[2]; // summarized, failed
      OrderedParallelMap.run(inputs, input -> new Finished(input.lineHash(), summarize(input, in)), threads,
          threads * IN_FLIGHT_PER_THREAD, finished -> {
        ClusterResult result = finished.result();
        if (result instanceof ClusterResult.Summarized done) {
          output.append(done.line().toString());
          counts[0]++;
        } else {
          counts[1]++;
          listener.failed((ClusterResult.Skipped) result);
        }
        output.recordDone(finished.lineHash());
        listener.progress(counts[0] + counts[1], counts[1]);
      });
      output.commit();
      return new BatchReport(counts[0], counts[1], resumed, (System.nanoTime() - start) / 1e9);
    }
  }

  /** A record's result with the hash of its line, which the checkpoint chains. */
  private record Finished(long lineHash, ClusterResult result) {}

  /** Summarizes one record, or says why it could not be read or summarized. */
  private ClusterResult summarize(ClusterInput input, Path in) {
    if (input.error() != null) {
      return new ClusterResult.Skipped(null, input.error().getMessage());
    }
    return step.apply(input.record().cluster(), in + " line " + input.record().line());
  }
}
