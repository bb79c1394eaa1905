package org.newsum.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path dir;

  @Test
  void theTargetAppearsOnlyOnCommit() throws IOException {
    Path target = dir.resolve("out.txt");
    try (AtomicFileWriter file = AtomicFileWriter.open(target)) {
      file.writer().write("first line\n");
      file.writer().flush();
      assertThat(target).doesNotExist();
      file.writer().write("second line\n");
      file.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("first line\nsecond line\n");
    assertThat(filesIn(dir)).containsExactly("out.txt");
  }

  @Test
  void theTargetGetsTheSamePermissionsAsAFileWrittenDirectly() throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "skipped: not a POSIX file system");
    Path direct = Files.writeString(dir.resolve("direct.txt"), "x");
    Path atomic = dir.resolve("atomic.txt");
    AtomicFileWriter.writeString(atomic, "x");
    assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(direct));
  }

  @Test
  void closingWithoutCommitKeepsThePreviousContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    try (AtomicFileWriter file = AtomicFileWriter.open(target)) {
      file.writer().write("half of the new con");
      file.writer().flush();
    }
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(filesIn(dir)).containsExactly("out.txt");
  }

  @Test
  void writeStringReplacesTheTarget() throws IOException {
    Path target = dir.resolve("state.json");
    AtomicFileWriter.writeString(target, "{\"a\":1}");
    AtomicFileWriter.writeString(target, "{\"a\":2}");
    assertThat(Files.readString(target)).isEqualTo("{\"a\":2}");
    assertThat(filesIn(dir)).containsExactly("state.json");
  }

  private static Stream<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList().stream();
    }
  }
}
