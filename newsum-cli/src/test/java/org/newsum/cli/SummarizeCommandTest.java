package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.model.Budget;

/** End-to-end: the summarize command on real scraped pages and on bad input. */
class SummarizeCommandTest {
  /** Page furniture in the scraped pages that must never reach a summary. */
  private static final List<String> FURNITURE = List.of(
      "Home News Region", "Read more", "Sign up", "We value your privacy", "cookies", "Accept all", "Skip to",
      "Subscribe", "Watch video", "Share this story", "More from the region", "Copyright", "All rights reserved", "©",
      "Reporting by");

  @TempDir static Path pagesDir;

  private static String[] pageArgs(String... options) {
    Stream<String> paths = ScrapedPages.copyTo(pagesDir).stream().map(Path::toString);
    return Stream.concat(Stream.of("summarize"), Stream.concat(paths, Arrays.stream(options))).toArray(String[]::new);
  }

  @Test
  void summaryOfScrapedPagesKeepsTheBudgetAndHasNoFurniture() {
    CliRun r = CliRun.run(pageArgs("--words", "100"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.stream().mapToInt(Budget::countWords).sum()).isLessThanOrEqualTo(100).isGreaterThan(60);
    for (String junk : FURNITURE) {
      assertThat(r.out()).as("furniture '%s' in summary", junk).doesNotContain(junk);
    }
    assertThat(lines).doesNotHaveDuplicates();
  }

  @Test
  void jsonOutputAttributesEverySentenceToItsExactSpan() throws IOException {
    CliRun r = CliRun.run(pageArgs("--words", "100", "--format", "json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(r.out());
    assertThat(summary.get("method").asText()).isNotBlank();
    assertThat(summary.get("budget").get("limit").asInt()).isEqualTo(100);
    assertThat(summary.get("sentences")).isNotEmpty();
    for (JsonNode s : summary.get("sentences")) {
      String doc = ScrapedPages.text(s.get("doc").asText() + ".txt");
      int start = s.get("span").get(0).asInt();
      int end = s.get("span").get(1).asInt();
      assertThat(doc.substring(start, end)).isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void sentenceAndByteBudgetsAreKept() throws IOException {
    CliRun sentences = CliRun.run(pageArgs("--sentences", "2"));
    assertThat(sentences.out().lines()).hasSize(2);
    CliRun bytes = CliRun.run(pageArgs("--bytes", "400", "-m", "lead"));
    assertThat(bytes.out().lines().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).sum()).isLessThanOrEqualTo(400);
  }

  @Test
  void badInputGivesAClearErrorAndExitCode(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path good = Files.writeString(dir.resolve("good.txt"), "Putin and Trump met in Hamburg on Friday for two hours.");
    for (Path bad : List.of(empty, binary, dir.resolve("missing.txt"))) {
      CliRun r = CliRun.run("summarize", bad.toString());
      assertThat(r.exit()).as(bad.toString()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
      assertThat(r.err()).startsWith("newsum: " + bad).doesNotContain("Exception").doesNotContain("\tat ");
    }
    CliRun unknown = CliRun.run("summarize", "-m", "nosuch", good.toString());
    assertThat(unknown.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(unknown.err()).contains("unknown method 'nosuch'");
    CliRun zero = CliRun.run("summarize", "--words", "0", good.toString());
    assertThat(zero.exit()).isNotZero();
    assertThat(zero.err()).contains("budget");
  }

  @Test
  void jsonlClusterFilesAreSummarizedPerCluster(@TempDir Path dir) throws IOException {
    Path jsonl = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\":\"one\",\"docs\":[{\"id\":\"d1\",\"text\":\"The summit opened in Hamburg on Friday morning. Leaders arrived by plane.\"}],\"refs\":[]}\n"
            + "{\"id\":\"two\",\"docs\":[{\"id\":\"d1\",\"text\":\"Putin and Trump held talks for two hours on Friday. They discussed Syria.\"}]}\n");
    CliRun r = CliRun.run("summarize", jsonl.toString(), "--format", "jsonl", "--words", "20");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(2).first().asString().startsWith("{\"id\":\"one\",\"summary\":[");
  }

  /** A feed (one article per line, as `newsum stories` reads) is one cluster, not lines without "docs". */
  @Test
  void jsonlArticleFeedsAreSummarizedAsOneCluster(@TempDir Path dir) throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\":\"a1\",\"title\":\"Talks\",\"text\":\"Putin and Trump held talks for two hours in Hamburg on Friday."
            + " They agreed on a cease-fire in southwest Syria.\"}\n"
            + "not json\n"
            + "{\"id\":\"a2\",\"text\":\"The two presidents met for more than two hours at the summit in Hamburg."
            + " A cease-fire for southwest Syria was agreed at the meeting.\"}\n");
    CliRun r = CliRun.run("summarize", feed.toString(), "--format", "json", "--words", "30");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("holds one article per line", "line 2").doesNotContain("\"docs\"");
    JsonNode summary = new ObjectMapper().readTree(r.out());
    assertThat(summary.path("sentences").size()).isPositive();
    assertThat(r.out()).contains("a1", "a2");

    CliRun tooLarge = CliRun.run("summarize", feed.toString(), "--max-bytes", "50");
    assertThat(tooLarge.exit()).isEqualTo(1);
    assertThat(tooLarge.err()).contains("--max-bytes 50").doesNotContain("\tat ");
  }

  /** The earlier-dated document's sentence comes first even though that document comes later in the file. */
  @Test
  void jsonlDocumentDatesOrderTheSummarySentences(@TempDir Path dir) throws IOException {
    Path jsonl = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"g20\",\"docs\":["
        + "{\"id\":\"later\",\"date\":\"2017-07-08T09:00:00+02:00\",\"text\":\"Leaders of the world's largest economies"
        + " ended their summit in Hamburg on Saturday with a statement on trade and climate.\"},"
        + "{\"id\":\"earlier\",\"date\":\"2017-07-06\",\"text\":\"Thousands of protesters marched through the streets"
        + " of Hamburg on Thursday evening before the start of the meeting.\"}]}\n");
    CliRun r = CliRun.run("summarize", jsonl.toString(), "--format", "json", "--sentences", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode sentences = new ObjectMapper().readTree(r.out()).path("sentences");
    assertThat(sentences.findValuesAsText("doc")).containsExactly("earlier", "later");
  }
  @Test
  void languagesAreDetectedOrGivenAndAMixedClusterIsNamed(@TempDir Path dir) throws IOException {
    Path de = dir.resolve("de.txt");
    Files.writeString(de, "Ein schwerer Sturm hat am Sonntag weite Teile Norddeutschlands lahmgelegt. Drei Menschen kamen"
        + " ums Leben, als Bäume auf ihre Autos stürzten. Die Bahn stellte den Fernverkehr zwischen Hamburg und Berlin ein.");
    Path en = dir.resolve("en.txt");
    Files.writeString(en, "A powerful storm paralysed much of northern Germany on Sunday. Three people were killed when"
        + " trees fell on their cars. The railway halted all long-distance trains between Hamburg and Berlin.");
    Path en2 = dir.resolve("en2.txt");
    Files.writeString(en2, "Firefighters in Lower Saxony worked through the night after the storm. They cleared fallen"
        + " trees from the roads and the railway lines, and the police said that three people had died in their cars.");
    CliRun mixed = CliRun.run("summarize", de.toString(), en.toString(), en2.toString(), "--format", "json");
    assertThat(mixed.exit()).as(mixed.err()).isZero();
    assertThat(mixed.err()).contains("holds documents in de (de), en (en, en2); the summary is in en");
    JsonNode json = new ObjectMapper().readTree(mixed.out());
    assertThat(json.at("/provenance/language").asText()).isEqualTo("en");
    assertThat(json.at("/provenance/documentLanguages/de").asText()).isEqualTo("de");

    CliRun given = CliRun.run("summarize", de.toString(), "--language", "DE", "--format", "json");
    assertThat(new ObjectMapper().readTree(given.out()).at("/provenance/language").asText()).isEqualTo("de");
    // A value that is no language code is a usage error (exit 2), as a --since that is no date.
    for (String notACode : List.of("german!", "english", "e-", " ")) {
      CliRun bad = CliRun.run("summarize", de.toString(), "--language", notACode);
      assertThat(bad.exit()).as(notACode).isEqualTo(2);
      assertThat(bad.err()).as(notACode).startsWith("--language: ").contains("give an ISO 639-1 code such as de or zh");
    }
  }
}
