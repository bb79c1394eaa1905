package org.newsum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.newsum.NewsumException;
import org.newsum.internal.output.AtomicFileWriter;
import org.newsum.internal.output.OutputPaths;

/**
 * Output files that never cost what was already written: checked before any work (an output that
 * is an input or a directory is refused), and written whole or not at all (an existing file keeps
 * its content until the new one is complete), for the front ends that write a finished result.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Checks, before any work, that {@code output} can be written without destroying anything.
   *
   * @throws NewsumException if the directory of {@code output} does not exist, or {@code output} is a
   *     directory, a device, or one of {@code inputs} (also through a link or another spelling of its path)
   */
  public static void check(Path output, Collection<Path> inputs) {
    requireDirectory(output);
    OutputPaths.refuseNonFile(output);
    refuseInputs(output, inputs);
  }

  /**
   * Checks, before any work, that writing {@code output} (a file or a device) cannot destroy an input.
   *
   * @throws NewsumException if {@code output} is one of {@code inputs} (also through a link or another spelling of its path)
   */
  public static void refuseInputs(Path output, Collection<Path> inputs) {
    inputs.forEach(input -> OutputPaths.refuseInput(output, input));
  }

  /**
   * Checks, before any work, that two outputs of one run are different files (neither need exist yet).
   *
   * @throws NewsumException if {@code output} and {@code other} name the same file
   */
  public static void refuseSame(Path output, Path other) {
    if (output.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
      throw new NewsumException("two outputs are the same file " + output + "; name different files");
    }
  }

  /**
   * Writes {@code lines} (UTF-8, each ended by a newline) into {@code file} atomically: a temporary
   * file beside it, forced to disk and renamed over it.
   *
   * @throws NewsumException if it cannot be written ({@code file} then keeps its previous content, if any)
   */
  public static void writeLines(Path file, Iterable<String> lines) {
    requireDirectory(file);
    try (AtomicFileWriter out = AtomicFileWriter.open(file)) {
      for (String line : lines) {
        out.writer().write(line);
        out.writer().write('\n');
      }
      out.commit();
    } catch (IOException | UncheckedIOException e) {
      throw new NewsumException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static void requireDirectory(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new NewsumException(file + ": cannot write: no such directory " + parent);
    }
  }
}
