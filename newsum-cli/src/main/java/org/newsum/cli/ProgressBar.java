package org.newsum.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsum.evaluation.EvaluationRunner;

/**
 * A one-line progress bar on stderr (done/total, rate, ETA), redrawn at most a few times a second.
 * Only shown when stderr is a terminal, so logs and pipes stay clean.
 */
final class ProgressBar implements EvaluationRunner.Listener {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean visible;
  private final String label;
  private final long start = System.nanoTime();
  private long lastDraw;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
    this.visible = System.console() != null;
  }

  @Override
  public synchronized void progress(int done, int total) {
    if (!visible) {
      return;
    }
    long now = System.nanoTime();
    if ((total <= 0 || done < total) && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    if (total <= 0) {
      err.printf(Locale.ROOT, "\r%s %d  %.1f/s ", label, done, rate);
      err.flush();
      return;
    }
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    int filled = (int) ((long) WIDTH * done / total);
    err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d  %.1f/s  ETA %d:%02d ", label, "#".repeat(filled),
        " ".repeat(WIDTH - filled), done, total, rate, eta / 60, eta % 60);
    if (done == total) {
      err.println();
    }
    err.flush();
  }

  @Override
  public synchronized void resumed(int records) {
    err.println("newsum: " + label + ": resuming the interrupted run after its first " + records + " records");
    err.flush();
  }

  @Override
  public synchronized void skipped(String reason) {
    if (visible) {
      err.print("\r");
    }
    err.println("newsum: skipped " + reason);
    err.flush();
  }
}
