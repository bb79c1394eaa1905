package org.newsum.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsum.NewsumException;

/**
 * Checks, before any work, that writing an output cannot destroy an input: an output that is
 * the input file (also through a link or another spelling of its path), a directory or device
 * where a file is written, or a file of clusters that the results would replace.
 */
public final class OutputPaths {
  /** How much of a file's start is looked at for cluster records. */
  private static final int HEAD_BYTES = 1 << 16;

  private OutputPaths() {}

  /**
   * @throws NewsumException if {@code output} exists and is the same file as {@code input}
   */
  public static void refuseInput(Path output, Path input) {
    if (sameFile(output, input)) {
      throw new NewsumException("output " + output + " is the input " + input
          + ": writing it would destroy the input; choose another output");
    }
  }

  /**
   * Outputs are written to a temporary file renamed over them at the end, which would replace a
   * device such as {@code /dev/null} with a plain file (and fails, after all the work, on a directory).
   *
   * @throws NewsumException if {@code output}, a file to write, exists and is a directory, a device, a pipe or a socket
   */
  public static void refuseNonFile(Path output) {
    if (Files.isDirectory(output)) {
      throw new NewsumException("output " + output + " is a directory; name the file to write");
    }
    if (Files.exists(output) && !Files.isRegularFile(output)) {
      throw new NewsumException("output " + output + " is not a regular file (a device, pipe or socket), which"
          + " the finished output would replace; name a file to write");
    }
  }

  /**
   * @throws NewsumException if {@code output} exists and its first line holds a cluster ({@code "docs"}): a data
   *     file, not results of an earlier run, which writing would replace
   */
  public static void refuseClusterFile(Path output) {
    if (!Files.isRegularFile(output)) {
      return;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(output)) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new NewsumException("cannot read " + output + " (to check what it holds): " + e.getMessage(), e);
    }
    String firstLine = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    if (firstLine.contains("\"docs\"")) {
      throw new NewsumException(output + " holds clusters (\"docs\"): a data file, which the results would replace;"
          + " choose another output folder");
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // one of them cannot be examined: opening it will report the problem
    }
  }
}
