package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.cleaning.ScrapedPages;

/** {@code clean -} (standard input), {@code clean --format json} and the fields of {@code clean --batch}. */
class CleanFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "<article><h1>Bridge reopens</h1>"
      + "<p>The old bridge over the river reopened on Monday after two years of repairs, the city council said.</p>"
      + "<p>Commuters who had driven a long way round since the closure welcomed the news on their way to work.</p>"
      + "</article>";
  private static final String PAGE = "<!doctype html><html><head><title>Bridge reopens | City Paper</title>"
      + "<meta property=\"article:published_time\" content=\"2022-03-07T08:00:00Z\">"
      + "<meta name=\"author\" content=\"Ana Berg\"></head><body><nav><a href=\"/\">Home</a></nav>" + ARTICLE
      + "<footer>City Paper, all rights reserved</footer></body></html>";

  @TempDir Path dir;

  @Test
  void standardInputIsCleanedAsTextOrAsHtml() throws IOException {
    String text = ScrapedPages.text(ScrapedPages.FILES.get(0));
    CliRun plain = CliRun.withStdin(text, "clean", "-");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.err()).isEmpty();
    assertThat(plain.out()).isEqualTo(CliRun.run("clean", write("page.txt", text).toString()).out());

    CliRun fragment = CliRun.withStdin("<div class=\"story\">" + ARTICLE + "</div>", "clean", "-");
    assertThat(fragment.exit()).as(fragment.err()).isZero();
    assertThat(fragment.err()).contains("standard input looks like HTML");
    assertThat(fragment.out()).contains("The old bridge over the river reopened").doesNotContain("<p>");
  }

  @Test
  void jsonHasTheFieldsOfEachPagePrettyForOneAndOnePerLineForSeveral() throws IOException {
    Path html = write("bridge.html", PAGE);
    CliRun one = CliRun.run("clean", "--format", "json", html.toString());
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.out().lines().count()).isGreaterThan(3);
    JsonNode page = JSON.readTree(one.out());
    assertThat(page.get("id").asText()).isEqualTo(html.toString());
    assertThat(page.get("title").asText()).isEqualTo("Bridge reopens");
    assertThat(page.get("date").asText()).isEqualTo("2022-03-07");
    assertThat(page.get("author").asText()).isEqualTo("Ana Berg");
    assertThat(page.get("url").isNull()).isTrue();
    assertThat(page.get("language").asText()).isEqualTo("en");
    assertThat(page.get("body").asText()).startsWith("The old bridge").contains("\n\nCommuters")
        .doesNotContain("Home").doesNotContain("rights reserved");

    Path txt = write("page.txt", ScrapedPages.text(ScrapedPages.FILES.get(0)));
    CliRun two = CliRun.run("clean", "--format", "json", "--show-removed", html.toString(), txt.toString());
    assertThat(two.exit()).as(two.err()).isZero();
    List<String> lines = two.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode text = JSON.readTree(lines.get(1));
    assertThat(text.get("id").asText()).isEqualTo(txt.toString());
    assertThat(text.get("title").isNull()).isTrue();
    assertThat(text.get("removed")).isNotEmpty();
    assertThat(JSON.readTree(lines.get(0)).get("removed").findValuesAsText("from")).contains("html");
  }

  @Test
  void batchLinesHaveTheSameFieldsWithTheBodyAsArticleBody() throws IOException {
    Path pages = Files.createDirectory(dir.resolve("pages"));
    Files.writeString(pages.resolve("bridge.html"), PAGE);
    Path out = dir.resolve("pred.jsonl");
    CliRun r = CliRun.run("clean", "--batch", pages.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode line = JSON.readTree(Files.readAllLines(out).get(0));
    assertThat(line.fieldNames()).toIterable()
        .containsExactly("id", "title", "date", "author", "url", "language", "articleBody");
    assertThat(line.get("title").asText()).isEqualTo("Bridge reopens");
    assertThat(line.get("author").asText()).isEqualTo("Ana Berg");
    assertThat(line.get("articleBody").asText()).startsWith("The old bridge");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
