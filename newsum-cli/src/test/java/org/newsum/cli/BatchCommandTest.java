package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void summarizesEachClusterReportsSkippedOnesAndExitsOne() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        "{\"id\":\"a\",\"docs\":[{\"id\":\"a1\",\"text\":\"The council approved the budget on Monday. "
            + "The vote was close. Critics said taxes would rise.\"}]}",
        "{\"id\":\"b\",\"docs\":[",
        "{\"id\":\"c\",\"docs\":[{\"id\":\"c1\",\"text\":\"A storm hit the coast. Thousands lost power overnight.\"}]}"));
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();

    int code = NewsumCommand.run(new String[] {"batch", "--in", in.toString(), "--out", out.toString(),
        "--sentences", "1", "--threads", "2"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(Files.readAllLines(out)).hasSize(2)
        .satisfiesExactly(l -> assertThat(l).startsWith("{\"id\":\"a\",\"summary\":["),
            l -> assertThat(l).startsWith("{\"id\":\"c\",\"summary\":["));
    assertThat(err.toString())
        .contains("skipped: " + in + " line 2: malformed JSON")
        .contains("2 clusters summarized, 1 skipped");
  }

  @Test
  void aMissingInputExitsWithANamedError() {
    StringWriter err = new StringWriter();
    Path missing = dir.resolve("nope.jsonl");
    int code = NewsumCommand.run(new String[] {"batch", "--in", missing.toString(), "--out", dir.resolve("o.jsonl").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains(missing.toString()).contains("no such file");
    assertThat(dir.resolve("o.jsonl")).doesNotExist();
  }

  private Path oneClusterFile() throws IOException {
    return Files.write(dir.resolve("in.jsonl"), List.of("{\"id\":\"c\",\"docs\":[{\"id\":\"c1\",\"text\":\"A storm hit the"
        + " coast. Thousands lost power overnight.\"}]}"));
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
    Path in = oneClusterFile();
    byte[] original = Files.readAllBytes(in);
    StringWriter err = new StringWriter();
    int code = NewsumCommand.run(new String[] {"batch", "--in", in.toString(), "--out", in.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).isEqualTo("newsum: output " + in + " is the input " + in
        + ": writing it would destroy the input; choose another output\n");
    assertThat(in).hasBinaryContent(original);
  }

  /** Bug: --skipped naming the input emptied it before the run, which then summarized nothing and exited 0. */
  @Test
  void aSkippedFileThatIsTheInputOrTheOutputIsRefusedAndTheInputKept() throws IOException {
    Path in = oneClusterFile();
    byte[] original = Files.readAllBytes(in);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();

    int asInput = NewsumCommand.run(new String[] {"batch", "--in", in.toString(), "--out", out.toString(), "--skipped",
        in.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    int asOutput = NewsumCommand.run(new String[] {"batch", "--in", in.toString(), "--out", out.toString(), "--skipped",
        out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(asInput).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(asOutput).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).isEqualTo("newsum: output " + in + " is the input " + in
        + ": writing it would destroy the input; choose another output\n"
        + "newsum: two outputs are the same file " + out + "; name different files\n");
    assertThat(in).hasBinaryContent(original);
    assertThat(out).doesNotExist();
  }
}
