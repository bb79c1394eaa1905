package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
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
  void textOfOnlyControlCharactersIsRefusedAsEmptyNotReadAsAnEmptyDocument() {
    // found by DocumentReaderFuzzTest: one DEL byte decoded to text, then stripped to nothing
    for (String page : List.of("\u007f", "   \u007f   \n\n")) {
      assertThatThrownBy(() -> reader.fromBytes("p", "page.txt", page.getBytes(StandardCharsets.UTF_8), false))
          .isInstanceOf(InputException.class).hasMessageStartingWith("page.txt: no text");
    }
  }

  @Test
  void aHundredMegabyteStreamIsRefusedAfterReadingAtMostTheLimit() {
    assertThatThrownBy(() -> reader.read("stdin", HostileInputs.hugeStream(HUNDRED_MB)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("stdin: too large");
  }

  @Test
  void aTextFileIsReadIntoTheTextWithoutCopiesInBetween() throws IOException {
    // The bytes in one array of the file's size, then the text: reading through growing chunks
    // and decoding into a char buffer allocated five times the file's size.
    int size = 4 << 20;
    Path file = dir.resolve("long.txt");
    Files.write(file, "The river rose over the banks at night. ".repeat(size / 40).getBytes(StandardCharsets.US_ASCII));
    long bytes = Files.size(file);
    DocumentReader reader = DocumentReader.standard();
    reader.read(file); // loads the classes the reading needs, which allocate too
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    String text = reader.read(file).get(0).text();
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(text).hasSize((int) bytes);
    assertThat(allocated).isLessThan(bytes * 5 / 2);
  }

  @Test
  void aRegularFileLongerThanItsSizeSaysIsReadWhole() {
    // Linux's /proc files are regular files of size 0 with content: read past the size, within the limit.
    Path status = Path.of("/proc/self/status");
    Assumptions.assumeTrue(Files.isReadable(status));
    assertThat(new String(DocumentReader.standard().readBytes(status), StandardCharsets.US_ASCII)).contains("Name:");
    assertThatThrownBy(() -> new DocumentReader(ArticleExtractor.standard(), 100).readBytes(status))
        .isInstanceOf(InputException.class).hasMessageContaining("too large");
  }

  @Test
  void theSizeLimitIsConfigurable() throws IOException {
    Path small = Files.writeString(dir.resolve("a.txt"), HostileInputs.ARTICLE);
    assertThatThrownBy(() -> new DocumentReader(ArticleExtractor.standard(), 100).read(small))
        .isInstanceOf(InputException.class).hasMessageContaining("the limit is 100");
  }

  @Test
  void devicesAndPipesAreCutOffAtTheSizeLimit() throws Exception {
    DocumentReader small = new DocumentReader(ArticleExtractor.standard(), 1000);
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> small.read(zero.toString()))
        .isInstanceOf(InputException.class).hasMessage("/dev/zero: too large (more than 1000 bytes, the limit)"));
    Path fifo = dir.resolve("endless.txt");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    Thread yes = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          out.write("yes, the river rose again today\n".getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException readerHungUp) {
        // expected: the reader stops at its limit and closes the pipe
      }
    });
    yes.setDaemon(true);
    yes.start();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> small.read(fifo))
        .isInstanceOf(InputException.class).hasMessage(fifo + ": too large (more than 1000 bytes, the limit)"));
  }

  @Test
  void theLargestLimitReadsStandardInputAndLimitsBelowOneAreRefused() {
    DocumentReader unlimited = new DocumentReader(ArticleExtractor.standard(), Long.MAX_VALUE);
    Document doc = unlimited.read("stdin", new ByteArrayInputStream(HostileInputs.ARTICLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.text()).isEqualTo(HostileInputs.ARTICLE);
    for (long limit : new long[] {0, -1, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> new DocumentReader(ArticleExtractor.standard(), limit)).isInstanceOf(NewsumException.class)
          .hasMessage("the input size limit must be at least 1 byte, got " + limit);
    }
  }

  @Test
  void terminalEscapeSequencesAreRemovedFromText() throws IOException {
    Path text = Files.writeString(dir.resolve("escapes.txt"), "\u001b]0;owned\u0007\u001b[2J\u001b[31mFlood waters rose"
        + " in the valley on Monday.\u001b[0m Officials\u009b1m said the dam held.\n");
    assertThat(reader.read(text).get(0).text())
        .isEqualTo("Flood waters rose in the valley on Monday. Officials said the dam held.\n");
    assertThat(DocumentReader.decode("x", "The \u001b[1mdam\u001b[0m held, officials said.".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("The dam held, officials said.");
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), HostileInputs.ARTICLE);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "root reads every file");
    assertThatThrownBy(() -> reader.read(secret)).isInstanceOf(InputException.class)
        .hasMessage(secret + ": cannot read: permission denied");
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
