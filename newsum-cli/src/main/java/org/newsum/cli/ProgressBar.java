package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr: on a terminal, one line redrawn a few times a second (a bar
 * with done/total and percentage when the total is known, rate, ETA); otherwise (a log file, a
 * pipe) a plain line every {@link #LOG_INTERVAL_NANOS}, so that a log shows the run going on.
 * The rate counts from the first update: records finished by an interrupted earlier run, which
 * a resumed run starts from, do not make it look faster.
 */
final class ProgressBar {
  /** Between two log lines when stderr is not a terminal. */
  static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier total;
  private final long start = System.nanoTime();
  /** Records done before the first update (-1 until then); the rate counts those after. */
  private long base = -1;
  private long lastShown = start;
  private boolean drawn;

  /**
   * @param label what runs, e.g. {@code batch}
   * @param terminal whether stderr is a terminal (a redrawn bar) or not (log lines)
   * @param intervalNanos between two log lines when not on a terminal
   * @param total the number of records of the run, or a value below 1 while not known
   */
  ProgressBar(PrintWriter err, String label, boolean terminal, long intervalNanos, LongSupplier total) {
    this.err = err;
    this.label = label;
    this.terminal = terminal;
    this.intervalNanos = intervalNanos;
    this.total = total;
  }

  /** A progress bar on stderr, as a bar on a terminal and as log lines otherwise. */
  static ProgressBar onStderr(PrintWriter err, String label, LongSupplier total) {
    return new ProgressBar(err, label, stderrIsTerminal(), LOG_INTERVAL_NANOS, total);
  }

  /**
   * {@code done} records of the run are finished (those of an interrupted earlier run included),
   * {@code skipped} of them skipped.
   */
  synchronized void update(long done, long skipped) {
    if (base < 0) {
      base = done - 1;
    }
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? REDRAW_NANOS : intervalNanos)) {
      return;
    }
    lastShown = now;
    double rate = (done - base) / Math.max((now - start) / 1e9, 1e-9);
    long all = total.getAsLong();
    boolean known = all > 0 && done <= all;
    String skips = skipped > 0 ? ", " + skipped + " skipped" : "";
    String count = known ? String.format(Locale.ROOT, "%d/%d (%.1f%%)", done, all, 100.0 * done / all) : done + "";
    String eta = known && rate > 0 ? "ETA " + duration(Math.round((all - done) / rate)) : "";
    if (terminal) {
      String bar = known ? "[" + "#".repeat((int) (WIDTH * done / all)) + " ".repeat(WIDTH - (int) (WIDTH * done / all))
          + "] " : "";
      err.printf(Locale.ROOT, "\r%s %s%s clusters%s  %.1f/s  %s\033[K", label, bar, count, skips, rate, eta);
      drawn = true;
    } else {
      err.printf(Locale.ROOT, "newsum %s: %s clusters%s, %.1f clusters/s%s%n", label, count, skips, rate,
          eta.isEmpty() ? "" : ", " + eta);
    }
    err.flush();
  }

  /** Prints a line of its own (the progress line is cleared first and drawn again at the next update). */
  synchronized void message(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  /** Clears the progress line, if one is drawn. */
  synchronized void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  /** {@code h:mm:ss}, or {@code m:ss} under an hour. */
  static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Whether stderr is a terminal: on Linux from its file descriptor, elsewhere from {@link System#console()}. */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
