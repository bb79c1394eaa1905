package org.newsum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.newsum.documents.InputException;
import org.newsum.output.OutputFiles;

/**
 * {@code --skipped FILE} of {@code batch} and {@code eval}: one JSON line {@code {"id","reason"}}
 * per skipped cluster ({@code id} is {@code null} for a line that could not be read), written as
 * clusters are skipped. A new run starts the file over; a resumed run appends to it.
 */
final class SkippedFile implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final BufferedWriter writer;

  private SkippedFile(Path path, BufferedWriter writer) {
    this.path = path;
    this.writer = writer;
  }

  /**
   * Opens {@code path}, or returns {@code null} when no file was asked for; refused when it is
   * {@code input} (opening it would empty the input) or the run's other {@code outputs}.
   */
  static SkippedFile open(Path path, boolean append, Path input, List<Path> outputs) {
    if (path == null) {
      return null;
    }
    OutputFiles.refuseInputs(path, List.of(input));
    outputs.forEach(output -> OutputFiles.refuseSame(path, output));
    try {
      return new SkippedFile(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING));
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot write: " + e.getMessage(), e);
    }
  }

  /** Writes the line of one skipped cluster. */
  synchronized void add(String clusterId, String reason) {
    try {
      writer.write(JSON.createObjectNode().put("id", clusterId).put("reason", reason).toString());
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot write: " + e.getMessage(), e);
    }
  }
}
