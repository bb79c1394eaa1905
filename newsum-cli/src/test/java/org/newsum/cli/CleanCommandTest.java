package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.cleaning.ScrapedPages;

class CleanCommandTest {
  private static final String PAGE = "<html><head><title>Dam opens | Valley News</title>"
      + "<meta property=\"article:published_time\" content=\"2021-05-02T10:00:00Z\">"
      + "<meta name=\"author\" content=\"By Ines Roth\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
      + "<article><h1>Dam opens</h1>"
      + "<p>The new dam above the valley opened on Sunday, giving the town a reliable water supply for the first"
      + " time in a decade, the mayor said.</p>"
      + "<div class=\"share-tools\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
      + "<p>Farmers downstream said they hoped the reservoir would end the summer shortages, which have cost them"
      + " much of their harvest in recent years.</p></article>"
      + "<footer>Valley News, all rights reserved</footer></body></html>";


  private static Path page(Path dir, String name) throws IOException {
    return Files.writeString(dir.resolve(name), PAGE);
  }

  @Test
  void printsHeaderLinesThenTheArticle(@TempDir Path dir) throws IOException {
    CliRun r = CliRun.run("clean", page(dir, "dam.html").toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Title: Dam opens\nDate: 2021-05-02\nAuthor: Ines Roth\n\nThe new dam above")
        .contains("\n\nFarmers downstream")
        .doesNotContain("Home", "Share", "Tweet", "all rights reserved", "--- removed");
  }

  @Test
  void aPageWithoutArticleTextIsSaidNotPrintedAsAnEmptyBodyAlone(@TempDir Path dir) throws IOException {
    Path menu = dir.resolve("repeats.html"); // one paragraph twenty times: a template block, not an article
    Files.writeString(menu, "<html><head><title>Repeats</title></head><body><article>" + ("<p>The council said the"
        + " bridge over the river would stay closed for repairs after the storm damaged it.</p>").repeat(20) + "</article></body></html>");
    for (String format : List.of("text", "json")) {
      CliRun r = CliRun.run("clean", "--format", format, menu.toString());

      assertThat(r.exit()).isZero();
      assertThat(r.err()).as(format).isEqualTo("newsum: WARNING: " + menu + ": no article text found (all of it looked"
          + " like page furniture or repeats; --show-removed says why)" + System.lineSeparator());
    }
    assertThat(CliRun.run("clean", page(dir, "dam.html").toString()).err()).isEmpty();
  }

  @Test
  void showRemovedMarksEachDroppedBlockWithItsReason(@TempDir Path dir) throws IOException {
    CliRun r = CliRun.run("clean", "--show-removed", page(dir, "dam.html").toString());

    assertThat(r.exit()).isZero();
    String removed = r.out().substring(r.out().indexOf("--- removed"));
    assertThat(removed).contains("[class/id says 'share'] Share Tweet", "[headline] Dam opens")
        .containsPattern("\\[outside the article[^]]*] Home News");
  }

  @Test
  void batchWritesOneJsonLinePerPageAndReportsTiming(@TempDir Path dir) throws IOException {
    Path pages = Files.createDirectory(dir.resolve("pages"));
    page(pages, "b.html");
    page(pages, "a.html");
    Files.writeString(pages.resolve("notes.txt"), "not a page");
    Path out = dir.resolve("pred.jsonl");

    CliRun r = CliRun.run("clean", "--batch", pages.toString(), "--out", out.toString(), "--passes", "2");

    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("articleBody").asText()).startsWith("The new dam").doesNotContain("Share");
    assertThat(json.readTree(lines.get(1)).get("id").asText()).isEqualTo("b");
    assertThat(r.err()).contains("2 pages", "warm", "ms/page");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pages", "pred.jsonl");
    }
  }

  /** Bug: an --out that could not be written failed after the extraction with a bare path ("cannot write: DIR/x.jsonl.tmp"). */
  @Test
  void batchRefusesAnOutputItCannotWriteBeforeExtracting(@TempDir Path dir) throws IOException {
    Path pages = Files.createDirectory(dir.resolve("pages"));
    page(pages, "a.html");
    Path missing = dir.resolve("missing").resolve("pred.jsonl");

    CliRun inMissing = CliRun.run("clean", "--batch", pages.toString(), "--out", missing.toString());
    CliRun aDirectory = CliRun.run("clean", "--batch", pages.toString(), "--out", pages.toString());
    CliRun aPage = CliRun.run("clean", "--batch", pages.toString(), "--out", pages.resolve("a.html").toString());

    assertThat(inMissing.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(inMissing.err()).isEqualTo("newsum: " + missing + ": cannot write: no such directory " + missing.getParent() + "\n");
    assertThat(aDirectory.err()).isEqualTo("newsum: output " + pages + " is a directory; name the file to write\n");
    assertThat(aPage.err()).contains("is the input").doesNotContain("ms/page");
    assertThat(pages.resolve("a.html")).content().startsWith("<html>");
  }

  @Test
  void pageWithoutMetadataPrintsOnlyItsText(@TempDir Path dir) throws IOException {
    Path bare = Files.writeString(dir.resolve("bare.html"),
        "<html><body><p>Only a paragraph of text, with no title, date or author anywhere.</p></body></html>");

    assertThat(CliRun.run("clean", bare.toString()).out())
        .isEqualTo("Only a paragraph of text, with no title, date or author anywhere.\n");
  }

  @Test
  void missingFileIsAClearErrorWithExitOne(@TempDir Path dir) {
    CliRun r = CliRun.run("clean", dir.resolve("nope.html").toString());

    assertThat(r.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(r.err()).contains("nope.html: no such file").doesNotContain("Exception");
  }

  @Test
  void batchNeedsOutAndADirectoryWithPages(@TempDir Path dir) throws IOException {
    assertThat(CliRun.run("clean", "--batch", dir.toString()).exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    CliRun empty = CliRun.run("clean", "--batch", dir.toString(), "--out", dir.resolve("p.jsonl").toString());
    assertThat(empty.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(empty.err()).contains("no .html files");
    assertThat(CliRun.run("clean").err()).contains("give a FILE or URL");
  }

  @Test
  void scrapedTextFilesAreCleanedTogetherKeepingTheArticleAndShowingTheFurnitureWithReasons(@TempDir Path dir) {
    String[] files = ScrapedPages.copyTo(dir).stream().map(Path::toString).toArray(String[]::new);
    CliRun plain = CliRun.run(Stream.concat(Stream.of("clean"), Stream.of(files)).toArray(String[]::new));
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("==> " + files[1] + " <==",
            "Her team was taking water samples every two hours at five points along the river.")
        .doesNotContain("We and our partners use cookies", "Manage choices", "Skip to main content",
            "Enter your email address", "National Post Group");
    CliRun shown = CliRun.run(Stream.concat(Stream.of("clean", "--show-removed"), Stream.of(files)).toArray(String[]::new));
    assertThat(shown.out()).contains("--- removed from the text").containsPattern("\\[[^]]+\\] Manage choices")
        .containsPattern("\\[[^]]+\\] Enter your email address");
  }
}
