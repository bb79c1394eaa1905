package org.newsum.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;

/**
 * The number of records (non-blank lines) of a JSONL file, plain or gzipped, counted on a daemon
 * thread while the run starts: a progress bar gets its total without delaying the run (a byte
 * scan, much faster than summarizing). Unknown (0) until counted, and when the file cannot be read
 * (the run reports that itself).
 */
final class RecordCount implements LongSupplier {
  private volatile long count;

  private RecordCount() {}

  /** Starts counting the records of {@code file}. */
  static RecordCount of(Path file) {
    RecordCount records = new RecordCount();
    Thread counter = new Thread(() -> records.count = count(file), "newsum-record-count");
    counter.setDaemon(true);
    counter.setPriority(Thread.MIN_PRIORITY);
    counter.start();
    return records;
  }

  @Override
  public long getAsLong() {
    return count;
  }

  /** The non-blank lines of a file, gzipped (by its magic number) or not; 0 when it cannot be read. */
  static long count(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
        return count(in);
      }
    } catch (IOException e) {
      return 0;
    }
  }

  static long count(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    boolean content = false;
    for (int n; (n = in.read(buffer)) > 0; ) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          lines += content ? 1 : 0;
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          content = true;
        }
      }
    }
    return lines + (content ? 1 : 0);
  }
}
