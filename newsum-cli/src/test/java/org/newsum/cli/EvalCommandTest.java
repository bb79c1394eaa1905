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

class EvalCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return NewsumCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path clusters() throws IOException {
    String doc = "The storm hit the coast on Monday. Thousands lost power in the city. "
        + "Officials said repairs would take a week. Schools were closed on Tuesday.";
    Path file = dir.resolve("c.jsonl");
    Files.write(file, List.of(
        "{\"id\":\"s1\",\"docs\":[{\"id\":\"d1\",\"text\":\"" + doc + "\"}],\"refs\":[\"A storm cut power in the city.\"]}",
        "not json",
        "{\"id\":\"s2\",\"docs\":[{\"id\":\"d2\",\"text\":\"" + doc + "\"}],\"refs\":[\"Repairs take a week.\"]}"));
    return file;
  }

  @Test
  void printsTheTableAndWritesRougePyFiles() throws IOException {
    Path out = dir.resolve("out");
    int code = run("eval", "--data", clusters().toString(), "--method", "lead,centroid", "--words", "12",
        "--out", out.toString(), "--threads", "2");
    assertThat(code).as("a cluster was skipped").isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    String table = this.out.toString();
    assertThat(table).contains("2 clusters evaluated, 1 skipped").contains("-n 4 --su 4 -m -l 12");
    assertThat(table.lines().filter(l -> l.startsWith("lead ") || l.startsWith("centroid "))).hasSize(2);
    assertThat(table).contains("R1-R").contains("RSU4-F").contains("RL-F").contains("s/cluster");
    assertThat(err.toString()).contains("skipped").contains("line 2");
    assertThat(out.resolve("lead.jsonl")).exists();
    assertThat(out.resolve("refs.jsonl")).exists();
  }

  /** Bug: the message was "cannot create output folder X: X" (the exception's bare path). */
  @Test
  void anOutputFolderThatIsAFileIsSaidPlainly() throws IOException {
    Path file = Files.writeString(dir.resolve("results.txt"), "kept");

    assertThat(run("eval", "--data", clusters().toString(), "--method", "lead", "--out", file.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);

    assertThat(err.toString()).isEqualTo("newsum: output folder " + file + " is a file; name a folder to write into\n");
    assertThat(file).hasContent("kept");
  }

  /** Bug: --skipped naming the data file emptied it before the run ("no cluster could be evaluated"). */
  @Test
  void aSkippedFileThatIsTheDataFileIsRefusedAndTheDataKept() throws IOException {
    Path data = clusters();
    byte[] original = Files.readAllBytes(data);

    assertThat(run("eval", "--data", data.toString(), "--method", "lead", "--skipped", data.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);

    assertThat(err.toString()).isEqualTo("newsum: output " + data + " is the input " + data
        + ": writing it would destroy the input; choose another output\n");
    assertThat(data).hasBinaryContent(original);
  }

  @Test
  void unknownProtocolOrMethodIsAnInputError() throws IOException {
    Path data = clusters();
    assertThat(run("eval", "--data", data.toString(), "--protocol", "duc1999")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("unknown protocol 'duc1999'");
    assertThat(run("eval", "--data", data.toString(), "--method", "nope")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("unknown method 'nope'");
  }

  @Test
  void resumeNeedsTheOutputFolderAndAFinishedRunIsSimplyRedone() throws IOException {
    Path data = clusters();
    assertThat(run("eval", "--data", data.toString(), "--resume")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("--resume needs --out DIR");
    Path out = dir.resolve("out");
    int skippedOne = NewsumCommand.EXIT_INPUT_ERROR;
    assertThat(run("eval", "--data", data.toString(), "--out", out.toString())).isEqualTo(skippedOne);
    List<String> first = Files.readAllLines(out.resolve("refs.jsonl"));
    assertThat(run("eval", "--data", data.toString(), "--out", out.toString(), "--resume")).isEqualTo(skippedOne);
    assertThat(Files.readAllLines(out.resolve("refs.jsonl"))).hasSize(2).isEqualTo(first);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lead.jsonl", "centroid.jsonl",
          "refs.jsonl");
    }
  }
}
