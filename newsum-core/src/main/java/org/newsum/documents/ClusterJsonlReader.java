package org.newsum.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsum.internal.documents.JsonLines;

/**
 * Streams clusters from a JSONL file in the {@linkplain ClusterJson cluster format}, one line at a
 * time (a file is never loaded whole; {@code .gz} files are decompressed on the fly): lines are
 * read within a length limit and checked for UTF-8 here, and decoded by {@link ClusterJson}.
 *
 * <p>A malformed line makes {@link #next()} throw an {@link InputException} naming the file and
 * line; the reader has already moved past it, so a caller may report it and go on. So does a
 * line longer than the line limit, which is never held in memory whole. Blank lines are skipped.
 */
public final class ClusterJsonlReader implements Iterator<ClusterRecord>, Closeable {
  /**
   * Default longest line, in characters (16 Mi): hundreds of times a large news cluster, and
   * small enough that reading, parsing and summarizing a line fits in a few hundred MB of heap.
   */
  public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;

  private final String name;
  private final Reader reader;
  private final int maxLineChars;
  private final char[] buffer = new char[1 << 16];
  private int bufferPosition;
  private int bufferLimit;
  private long lineNumber;
  private String pending;
  private boolean pendingTooLong;
  private long pendingHash;
  private long lastLineHash;

  public ClusterJsonlReader(String name, InputStream in) {
    this(name, in, DEFAULT_MAX_LINE_CHARS);
  }

  /** A reader that refuses (reports and skips) lines longer than {@code maxLineChars}. */
  public ClusterJsonlReader(String name, InputStream in, int maxLineChars) {
    this.name = name;
    this.reader = JsonLines.utf8(in);
    this.maxLineChars = maxLineChars;
  }

  /** Opens a file; a gzipped one (by its magic number, whatever its name) is decompressed. */
  public static ClusterJsonlReader open(Path file) {
    try {
      return new ClusterJsonlReader(file.toString(), JsonLines.open(file));
    } catch (IOException e) {
      throw JsonLines.unreadable(file, e);
    }
  }

  /** Reads every valid cluster of a file, failing on the first malformed line. */
  public static List<ClusterRecord> readAll(Path file) {
    List<ClusterRecord> all = new ArrayList<>();
    try (ClusterJsonlReader r = open(file)) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  @Override
  public boolean hasNext() {
    if (pending != null || pendingTooLong) {
      return true;
    }
    try {
      StringBuilder line = new StringBuilder();
      while (readLine(line)) {
        lineNumber++;
        if (line.length() > maxLineChars) {
          pendingTooLong = true;
          pendingHash = hash(line);
          return true;
        }
        if (!line.toString().isBlank()) {
          pending = line.toString();
          pendingHash = hash(line);
          return true;
        }
        line.setLength(0);
      }
      return false;
    } catch (IOException e) {
      throw new InputException(name, "cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ClusterRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    lastLineHash = pendingHash;
    if (pendingTooLong) {
      pendingTooLong = false;
      throw new InputException(name + " line " + lineNumber, "too long (more than " + maxLineChars + " characters)");
    }
    String line = pending;
    pending = null;
    String where = name + " line " + lineNumber;
    JsonLines.checkUtf8(line, where);
    return ClusterJson.decode(line, lineNumber, where);
  }

  /**
   * A 64-bit hash of the text of the line that the last {@link #next()} returned or reported (of
   * its first {@code maxLineChars + 1} characters for a line too long), so that a resumed run can
   * check that the records an interrupted run finished are still the same. Not cryptographic: it
   * tells an edited or replaced file from the same one, not a forgery.
   */
  public long lastLineHash() {
    return lastLineHash;
  }

  /** FNV-1a over the UTF-16 code units. */
  private static long hash(CharSequence line) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < line.length(); i++) {
      h = (h ^ line.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * Reads the next line (without its line break) into {@code line}, keeping at most
   * {@code maxLineChars + 1} characters of it; false at the end of the input.
   */
  private boolean readLine(StringBuilder line) throws IOException {
    boolean any = false;
    while (true) {
      if (bufferPosition == bufferLimit) {
        bufferLimit = reader.read(buffer, 0, buffer.length);
        bufferPosition = 0;
        if (bufferLimit <= 0) {
          bufferLimit = 0;
          return any;
        }
      }
      any = true;
      int start = bufferPosition;
      while (bufferPosition < bufferLimit && buffer[bufferPosition] != '\n') {
        bufferPosition++;
      }
      int room = maxLineChars + 1 - line.length();
      line.append(buffer, start, Math.max(0, Math.min(room, bufferPosition - start)));
      if (bufferPosition < bufferLimit) {
        bufferPosition++; // the line break
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
          line.setLength(line.length() - 1);
        }
        return true;
      }
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
