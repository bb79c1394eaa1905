package org.newsum.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.NewsumException;

class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void anOutputThatIsAnInputOrCannotBeWrittenIsRefused() throws IOException {
    Path input = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), input);
    Path missing = dir.resolve("missing").resolve("out.jsonl");

    assertThatThrownBy(() -> OutputFiles.check(link, List.of(input))).isInstanceOf(NewsumException.class)
        .hasMessage("output " + link + " is the input " + input + ": writing it would destroy the input; choose another output");
    assertThatThrownBy(() -> OutputFiles.check(dir, List.of(input))).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> OutputFiles.check(missing, List.of(input)))
        .hasMessage(missing + ": cannot write: no such directory " + missing.getParent());
    OutputFiles.check(dir.resolve("out.jsonl"), List.of(input));
    assertThatThrownBy(() -> OutputFiles.refuseSame(dir.resolve("a/../out.jsonl"), dir.resolve("out.jsonl")))
        .hasMessageContaining("two outputs are the same file");
    OutputFiles.refuseInputs(Path.of("/dev/null"), List.of(input));
  }

  @Test
  void linesAreWrittenWholeOverThePreviousContent() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "an earlier, longer result\n");

    OutputFiles.writeLines(out, List.of("{\"a\":1}", "{\"b\":2}"));

    assertThat(out).hasContent("{\"a\":1}\n{\"b\":2}\n");
    assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
  }
}
