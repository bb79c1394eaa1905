package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output whose write errors are not lost: a {@link PrintWriter} turns every
 * {@link IOException} into a flag ({@link PrintWriter#checkError()}), so {@code newsum summarize
 * > file} on a full disk, or into {@code /dev/full}, would otherwise exit 0 with a cut-off output.
 * This writer keeps the first error's reason for the one-line message; {@link #check} stops a
 * long run at the first failed write, and {@link NewsumCommand#run} checks once more at the end.
 */
final class CheckedOutput extends PrintWriter {
  /** The reason of a write to a pipe whose reader has gone (Linux's strerror(EPIPE)). */
  static final String BROKEN_PIPE = "Broken pipe";
  private final Recorder recorder;

  CheckedOutput(Writer out) {
    this(new Recorder(out));
  }

  private CheckedOutput(Recorder recorder) {
    super(recorder, true);
    this.recorder = recorder;
  }

  /**
   * Why writing to {@code out} failed ("No space left on device"), or {@code null} when every
   * write so far succeeded; flushes first, so that a buffered failure shows.
   */
  static String failure(PrintWriter out) {
    if (!out.checkError()) {
      return null;
    }
    IOException error = out instanceof CheckedOutput checked ? checked.recorder.error : null;
    return error == null || error.getMessage() == null ? "write error" : error.getMessage();
  }

  /** Ends the command ({@link Failed}) if a write to {@code out} failed, instead of working on for nothing. */
  static void check(PrintWriter out) {
    if (out.checkError()) {
      throw new Failed();
    }
  }

  /** A write to standard output failed; {@link NewsumCommand#run} reports it. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed() {
      super("a write to standard output failed", null, false, false);
    }
  }

  /** Passes writes on, keeping the first exception. */
  private static final class Recorder extends Writer {
    private final Writer out;
    private IOException error;

    Recorder(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      try {
        out.write(chars, offset, length);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    private IOException keep(IOException e) {
      if (error == null) {
        error = e;
      }
      return e;
    }
  }
}
