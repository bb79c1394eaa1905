package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.HostileInputs;
import org.newsum.internal.text.NewsSentenceSplitter;

/**
 * The "CLI summarize" column of docs/ROBUSTNESS.md: every hostile input gets either a summary
 * (exit 0) or one clear "newsum: INPUT: problem" line and exit 1, never a stack trace.
 */
class SummarizeRobustnessTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  private static Run summarize(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "summarize";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = NewsumCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(err.toString()).doesNotContain("\tat ", "Exception", "internal error");
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void assertError(Run run, String... messageParts) {
    assertThat(run.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run.err()).startsWith("newsum: ").contains(messageParts);
  }

  private static void assertSummary(Run run) {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.lines()).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void emptyWhiteSpaceAndBinaryFilesAreClearErrors() throws IOException {
    Path empty = file("empty.txt", new byte[0]);
    assertError(summarize(empty.toString()), empty + ": empty input");
    Path blank = file("blank.txt", "  \n\t\n");
    assertError(summarize(blank.toString()), blank + ": no text");
    Path png = file("photo.txt", HostileInputs.png());
    assertError(summarize(png.toString()), png + ": binary data");
    Path gz = file("archive.txt", HostileInputs.gzip());
    assertError(summarize(gz.toString()), gz + ": binary data");
    // Bug: an empty or blank cluster file printed nothing and exited 0, as if summarized.
    Path emptyJsonl = file("empty.jsonl", new byte[0]);
    assertError(summarize(emptyJsonl.toString()), emptyJsonl + ": no cluster to summarize: no JSON line in it");
    Path blankJsonl = file("blank.jsonl", "\n  \n");
    assertError(summarize(blankJsonl.toString()), blankJsonl + ": no cluster to summarize");
  }

  @Test
  void utf16AndLatin1FilesAreDecoded() throws IOException {
    assertSummary(summarize(file("utf16.txt", HostileInputs.ARTICLE.getBytes(StandardCharsets.UTF_16)).toString()));
    assertSummary(summarize(file("utf16le.txt", HostileInputs.ARTICLE.getBytes(StandardCharsets.UTF_16LE)).toString()));
    Run latin1 = summarize(file("latin1.txt", HostileInputs.GERMAN.getBytes(StandardCharsets.ISO_8859_1)).toString());
    assertSummary(latin1);
    assertThat(latin1.out()).contains("für den öffentlichen Nahverkehr");
  }

  @Test
  void invalidUtf8IsAClearError() throws IOException {
    Path koi8 = file("koi8.txt", HostileInputs.invalidUtf8());
    assertError(summarize(koi8.toString()), koi8 + ": not valid UTF-8", "iconv");
  }

  @Test
  void aHundredMegabyteFileIsRefusedBySize() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    assertError(summarize(big.toString()), big + ": too large (104857600 bytes");
  }

  @Test
  void theSizeLimitIsAnOption() throws IOException {
    Path a = file("a.txt", HostileInputs.ARTICLE);
    assertError(summarize(a.toString(), "--max-bytes", "100"), a + ": too large", "the limit is 100)");
  }

  @Test
  void aDeviceStopsAtTheSizeLimitAndLimitsBelowOneAreRefused() throws IOException {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
    assertError(summarize("/dev/zero", "--max-bytes", "1000"), "/dev/zero: too large (more than 1000 bytes, the limit)");
    Path a = file("a.txt", HostileInputs.ARTICLE);
    assertError(summarize(a.toString(), "--max-bytes", "0"), "the input size limit must be at least 1 byte, got 0");
    assertError(summarize(a.toString(), "--max-bytes", "-1"), "the input size limit must be at least 1 byte, got -1");
    assertSummary(summarize(a.toString(), "--max-bytes", "" + Long.MAX_VALUE));
  }

  @Test
  void terminalEscapesInTheInputNeverReachTheOutput() throws IOException {
    String hostile = HostileInputs.ARTICLE.replace(".\n", ".\u001b]0;pwned\u0007 \u001b[2J\u001b[31m\n");
    Run run = summarize(file("escapes.txt", hostile).toString(), "--words", "400");
    assertSummary(run);
    assertThat(run.out()).doesNotContain("\u001b", "\u0007", "[2J", "[31m", "pwned");
  }

  @Test
  void aLongUnpunctuatedLineIsSummarizedInBoundedSentences() throws IOException {
    Run run = summarize(file("line.txt", HostileInputs.unpunctuatedLine(200_000)).toString());
    assertSummary(run);
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS));
  }

  @Test
  void fiveThousandTinyDocumentsInADirectory() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    for (int i = 0; i < 5000; i++) {
      Files.writeString(docs.resolve(String.format("%04d.txt", i)), HostileInputs.tinyDocument(i));
    }
    Run run = summarize(docs.toString(), "--words", "100");
    assertSummary(run);
    assertThat(run.out().split("\\s+").length).isLessThanOrEqualTo(100);
  }

  @Test
  void oneDocumentAndTheSameDocumentFiveTimes() throws IOException {
    Path one = file("one.txt", HostileInputs.ARTICLE);
    assertSummary(summarize(one.toString()));
    Run five = summarize(one.toString(), one.toString(), one.toString(), one.toString(), one.toString(), "--words", "300");
    assertSummary(five);
    assertThat(five.lines()).hasSize(4);
  }

  @Test
  void allBoilerplatePageIsNoArticleText() throws IOException {
    Path page = file("furniture.html", HostileInputs.BOILERPLATE_HTML);
    assertError(summarize(page.toString()), page + ": cluster 'cluster' has no article text");
  }

  @Test
  void messyHtmlIsSummarizedWithoutScriptsOrMarkup() throws IOException {
    Run run = summarize(file("messy.html", HostileInputs.MESSY_HTML).toString());
    assertSummary(run);
    assertThat(run.out()).doesNotContain("SCRIPT", "STYLE", "COMMENT", "<", "&amp;");
  }

  @Test
  void aJsonlFileWithAMalformedLineReportsItAndSummarizesTheOthers() throws IOException {
    String good = "{\"id\":\"%s\",\"docs\":[{\"id\":\"d\",\"text\":\"" + HostileInputs.ARTICLE.replace("\n", " ") + "\"}]}\n";
    Path jsonl = file("clusters.jsonl", good.formatted("a") + "{\"id\":\"b\",\"docs\":[\n" + good.formatted("c"));
    Run run = summarize(jsonl.toString(), "--format", "jsonl");
    assertError(run, jsonl + " line 2: malformed JSON", "1 of 3 clusters skipped");
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(0)).startsWith("{\"id\":\"a\"");
    assertThat(run.lines().get(1)).startsWith("{\"id\":\"c\"");
  }

  @Test
  void aJsonlClusterThatCannotBeSummarizedIsNamedAndSkipped() throws IOException {
    Path jsonl = file("c.jsonl", "{\"id\":\"menu\",\"docs\":[{\"text\":\"Home\\nNews\\nSport\"}]}\n"
        + "{\"id\":\"ok\",\"docs\":[{\"text\":\"" + HostileInputs.ARTICLE.replace("\n", " ") + "\"}]}\n");
    Run run = summarize(jsonl.toString(), "--format", "jsonl");
    assertError(run, jsonl + " line 1: cluster 'menu' has no article text");
    assertThat(run.lines()).hasSize(1);
  }

  @Test
  void aJsonlClusterWithoutReferencesIsSummarized() throws IOException {
    Path jsonl = file("norefs.jsonl", "{\"id\":\"a\",\"docs\":[{\"text\":\"" + HostileInputs.ARTICLE.replace("\n", " ") + "\"}],\"refs\":[]}\n");
    assertSummary(summarize(jsonl.toString(), "--format", "jsonl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "2000000"})
  void impossibleBudgetsAreClearErrors(String words) throws IOException {
    assertError(summarize(file("a.txt", HostileInputs.ARTICLE).toString(), "--words", words), "budget");
  }

  @Test
  void aBudgetLargerThanTheInputGivesTheWholeInput() throws IOException {
    Run run = summarize(file("a.txt", HostileInputs.ARTICLE).toString(), "--words", "1000000");
    assertSummary(run);
    assertThat(run.out()).isEqualTo(HostileInputs.ARTICLE);
  }

  @Test
  void aBudgetSmallerThanEverySentenceGivesAnEmptySummaryAndAWarning() throws IOException {
    Run run = summarize(file("a.txt", HostileInputs.ARTICLE).toString(), "--words", "3");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("WARNING: cluster 'cluster': no sentence fits in 3 words");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GERMAN", "RUSSIAN", "CHINESE", "UNPUNCTUATED"})
  void nonEnglishAndUnpunctuatedTextIsSummarized(String name) throws Exception {
    String text = (String) HostileInputs.class.getField(name).get(null);
    Run run = summarize(file(name + ".txt", text).toString(), "--words", "40");
    assertSummary(run);
    assertThat(text).contains(run.lines());
  }

  @Test
  void unknownMethodAndMissingFileAreClearErrors() throws IOException {
    assertError(summarize(file("a.txt", HostileInputs.ARTICLE).toString(), "-m", "magic"), "unknown method 'magic'");
    assertError(summarize(dir.resolve("missing.txt").toString()), "missing.txt: no such file");
  }
}
