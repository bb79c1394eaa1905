package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.model.Document;

/** Directories: .txt, .md and .html files, sorted by path, subdirectories only when recursive, hidden ones never. */
class DocumentReaderDirectoryTest {
  private static final String TEXT = "The council met on Monday. It approved the budget for next year.";

  @TempDir Path dir;

  @Test
  void subdirectoriesAreReadOnlyWhenRecursiveAndHiddenFilesNever() throws IOException {
    Files.writeString(dir.resolve("b.txt"), TEXT);
    Files.writeString(dir.resolve("a.md"), "# Budget\n\n" + TEXT);
    Files.writeString(dir.resolve("data.json"), "{}");
    Files.writeString(dir.resolve(".hidden.txt"), TEXT);
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("c.html"), "<html><body><p>" + TEXT + "</p></body></html>");
    Files.writeString(Files.createDirectories(dir.resolve(".git")).resolve("d.txt"), TEXT);

    DocumentReader reader = DocumentReader.standard();
    assertThat(reader.read(dir).stream().map(Document::id)).containsExactly("a", "b");
    assertThat(reader.read(dir.toString(), true).stream().map(Document::id)).containsExactly("a", "b", "c");
    assertThat(reader.read(dir.toString(), true).get(2).text()).isEqualTo(TEXT);
  }

  @Test
  void aDirectoryWithDocumentsOnlyInSubdirectoriesSaysSo() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("a.txt"), TEXT);
    assertThatThrownBy(() -> DocumentReader.standard().read(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("no .txt, .md, .html or .htm files").hasMessageContaining("--recursive");
    assertThat(DocumentReader.standard().read(dir, true)).hasSize(1);
  }
}
