package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.HostileInputs;

/** A failed write to standard output (a full disk, /dev/full) is exit 1 with one line, for every printing command. */
class OutputFailureTest {
  @TempDir Path dir;

  /** Takes {@code room} characters, then fails every write as a full disk does, counting the failed writes. */
  private static final class FullDisk extends Writer {
    private final StringWriter written = new StringWriter();
    private int room;
    private int failedWrites;

    FullDisk(int room) {
      this.room = room;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (length > room) {
        room = 0;
        failedWrites++;
        throw new IOException("No space left on device");
      }
      written.write(chars, offset, length);
      room -= length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private record Run(int exit, String out, String err, int failedWrites) {}

  private static Run run(int room, String... args) {
    FullDisk disk = new FullDisk(room);
    StringWriter err = new StringWriter();
    int exit = NewsumCommand.run(args, new CheckedOutput(disk), new PrintWriter(err, true));
    return new Run(exit, disk.written.toString(), err.toString(), disk.failedWrites);
  }

  private static void assertFailsWithOneLine(Run run) {
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).endsWith("newsum: cannot write to standard output: No space left on device;"
        + " the output is incomplete\n");
    assertThat(run.err().lines().filter(l -> l.contains("cannot write"))).hasSize(1);
  }

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("article.txt"), HostileInputs.ARTICLE);
  }

  private Path clusters() throws IOException {
    String cluster = "{\"id\":\"c%d\",\"docs\":[{\"id\":\"d\",\"text\":\"%s\"}],\"refs\":[\"Storms cut power.\"]}";
    String text = HostileInputs.ARTICLE.replace("\n", " ").replace("\"", "'");
    return Files.write(dir.resolve("c.jsonl"), List.of(String.format(cluster, 1, text), String.format(cluster, 2, text),
        String.format(cluster, 3, text)));
  }

  @Test
  void summarizeCleanAndMethodsFailOnAFullDisk() throws IOException {
    assertFailsWithOneLine(run(0, "summarize", article().toString(), "--words", "30"));
    assertFailsWithOneLine(run(0, "clean", article().toString()));
    assertFailsWithOneLine(run(0, "methods"));
  }

  @Test
  void summarizingAJsonlFileStopsAtTheFirstFailedWrite() throws IOException {
    Run run = run(40, "summarize", clusters().toString(), "--format", "jsonl", "-m", "lead");
    assertFailsWithOneLine(run);
    assertThat(run.out()).isEmpty(); // the first line is longer than the room
    assertThat(run.failedWrites()).as("the line and its line break of the first cluster only").isEqualTo(2);
  }

  @Test
  void evalAndRougeFailOnAFullDisk() throws IOException {
    Path data = clusters();
    assertFailsWithOneLine(run(10, "eval", "--data", data.toString(), "-m", "lead", "--words", "20"));
    Path sys = Files.write(dir.resolve("sys.jsonl"), List.of("{\"id\":\"c1\",\"summary\":[\"Storms cut power.\"]}"));
    assertFailsWithOneLine(run(10, "rouge", "--refs", data.toString(), "--sys", sys.toString()));
  }

  @Test
  void aPlainPrintWriterIsCheckedToo() throws IOException {
    StringWriter err = new StringWriter();
    int exit = NewsumCommand.run(new String[] {"summarize", article().toString()}, new PrintWriter(new FullDisk(0), true),
        new PrintWriter(err, true));
    assertThat(exit).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("newsum: cannot write to standard output: write error");
  }
}
