package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.NewsumException;

class RougeDataTest {
  @TempDir Path dir;

  private void exceptionFiles() throws IOException {
    Path exc = Files.createDirectories(dir.resolve("WordNet-2.0-Exceptions"));
    Files.write(exc.resolve("adj.exc"), List.of("better good", "best good"));
    Files.write(exc.resolve("adv.exc"), List.of("better well", "best well"));
    Files.write(exc.resolve("noun.exc"), List.of("testes testis", "", "lone"));
    Files.write(exc.resolve("verb.exc"), List.of("said say", "testes testes"));
  }

  @Test
  void laterExceptionListsOverwriteEarlierOnes() throws IOException {
    exceptionFiles();
    RougeData data = RougeData.load(dir);
    assertThat(data.hasExceptions()).isTrue();
    assertThat(data.exceptions()).containsEntry("better", "well").containsEntry("testes", "testes")
        .containsEntry("said", "say").containsEntry("lone", "");
    assertThat(data.stopWords()).isNull();
    assertThat(data.withoutExceptions().hasExceptions()).isFalse();
  }

  @Test
  void incompleteExceptionListsAreAbsentAndStopWordsAreRead() throws IOException {
    exceptionFiles();
    Files.delete(dir.resolve("WordNet-2.0-Exceptions/verb.exc"));
    Files.write(dir.resolve("smart_common_words.txt"), List.of("the", "of"));
    RougeData data = RougeData.load(dir);
    assertThat(data.hasExceptions()).isFalse();
    assertThat(data.stopWords()).contains("the", "of");
  }

  @Test
  void anExplicitFolderMustExist() {
    assertThat(RougeData.locate(dir)).contains(dir);
    assertThatThrownBy(() -> RougeData.locate(dir.resolve("missing")))
        .isInstanceOf(NewsumException.class).hasMessageContaining("is not a folder");
  }
}
