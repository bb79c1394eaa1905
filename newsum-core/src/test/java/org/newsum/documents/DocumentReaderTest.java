package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.newsum.HostileInputs;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/** The file-reading rows of docs/ROBUSTNESS.md: sizes, HTML pages, binary and empty files. */
class DocumentReaderTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private final DocumentReader reader = new DocumentReader(ArticleExtractor.standard(), DocumentReader.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  @Test
  void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(HUNDRED_MB); // sparse: nothing is written
    }
    assertThatThrownBy(() -> reader.read(big)).isInstanceOf(InputException.class)
        .hasMessage(big + ": too large (104857600 bytes; the limit is " + DocumentReader.DEFAULT_MAX_BYTES + ")");
  }

  @Test
  void aHundredMegabyteStreamIsRefusedAfterReadingAtMostTheLimit() {
    assertThatThrownBy(() -> reader.read("stdin", HostileInputs.hugeStream(HUNDRED_MB)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("stdin: too large");
  }

  @Test
  void theSizeLimitIsConfigurable() throws IOException {
    Path small = Files.writeString(dir.resolve("a.txt"), HostileInputs.ARTICLE);
    assertThatThrownBy(() -> new DocumentReader(ArticleExtractor.standard(), 100).read(small))
        .isInstanceOf(InputException.class).hasMessageContaining("the limit is 100");
  }

  @Test
  void emptyWhiteSpaceAndBinaryFilesAreRefusedByName() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n \n");
    Path png = Files.write(dir.resolve("image.txt"), HostileInputs.png());
    assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty input");
    assertThatThrownBy(() -> reader.read(blank)).hasMessageStartingWith(blank + ": no text");
    assertThatThrownBy(() -> reader.read(png)).hasMessageStartingWith(png + ": binary data");
  }

  @Test
  void aPageOfOnlyMenusAdsAndCookieBannersHasNoArticleText() throws IOException {
    // The extractor drops the navigation, ad, cookie banner and footer; what is left (a menu of
    // single words) is no article, so summarizing the page is refused rather than done on furniture.
    Path page = Files.writeString(dir.resolve("furniture.html"), HostileInputs.BOILERPLATE_HTML);
    Document doc = reader.read(page).get(0);
    assertThat(doc.text()).doesNotContain("cookies", "Buy the new phone", "Copyright", "Home");
    assertThatThrownBy(() -> Newsum.standard().summarize(Cluster.of("c", List.of(doc)), "default", Budget.words(100)))
        .isInstanceOf(NewsumException.class).hasMessageContaining("has no article text");
  }

  @Test
  void scriptsStylesCommentsAndBrokenTagsAreDroppedAndEntitiesDecoded() throws IOException {
    Path page = Files.writeString(dir.resolve("messy.html"), HostileInputs.MESSY_HTML);
    Document doc = reader.read(page).get(0);
    assertThat(doc.title()).isEqualTo("City expands bus service");
    assertThat(doc.text())
        .doesNotContain("SCRIPT", "STYLE", "COMMENT", "commented", "<", "&amp;", "&quot;", "&mdash;")
        .contains("on Monday evening \u2014 the largest", "districts & suburbs", "\"low incomes\"",
            "The mayor promised a review of the fares after the first year of operation.");
  }

  @Test
  void htmlIsRecognisedByContentToo() {
    Document doc = reader.fromBytes("page", "stdin", HostileInputs.MESSY_HTML.getBytes(StandardCharsets.UTF_8), false);
    assertThat(doc.text()).contains("twelve bus lines").doesNotContain("SCRIPT");
  }
}
