package org.newsum.internal.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that nobody ever sees a prefix of it: the content goes to a temporary file
 * in the target's directory, which {@link #commit()} forces to disk and atomically renames
 * over the target. Until then the target is absent or keeps its previous content; a writer
 * closed without commit (an error, an interrupted run) deletes its temporary file.
 *
 * <pre>{@code
 * try (AtomicFileWriter file = AtomicFileWriter.open(out)) {
 *   file.writer().write(text);
 *   file.commit();
 * }
 * }</pre>
 */
public final class AtomicFileWriter implements Closeable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final Writer writer;
  private boolean committed;

  private AtomicFileWriter(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts writing {@code target}; nothing is visible at {@code target} before {@link #commit()}. */
  public static AtomicFileWriter open(Path target) {
    Path dir = directoryOf(target);
    // Not Files.createTempFile: its owner-only permissions would pass to the target on rename.
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      return new AtomicFileWriter(target, temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code content} (UTF-8) to {@code target} atomically. */
  public static void writeString(Path target, String content) {
    try (AtomicFileWriter file = open(target)) {
      file.writer().write(content);
      file.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishes a finished file: forces {@code finished} to disk, then atomically renames it to
   * {@code target} (replacing it). Both must be in the same directory (file system).
   */
  public static void publish(Path finished, Path target) {
    try (FileChannel c = FileChannel.open(finished, StandardOpenOption.WRITE)) {
      c.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush " + finished + " to disk: " + e.getMessage(), e);
    }
    try {
      Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new UncheckedIOException(target + ": the file system cannot rename atomically", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + finished + " to " + target + ": " + e.getMessage(), e);
    }
    syncDirectory(directoryOf(target));
  }

  /** Where to write; buffered, UTF-8. */
  public Writer writer() {
    return writer;
  }

  /** Flushes, forces to disk and renames the temporary file to the target. */
  public void commit() throws IOException {
    writer.close();
    publish(temp, target);
    committed = true;
  }

  /** Deletes the temporary file unless {@link #commit()} succeeded. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static Path directoryOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /** Makes a rename durable; not every platform can open a directory, which is then skipped. */
  private static void syncDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open directories; the rename itself is still atomic.
    }
  }
}
