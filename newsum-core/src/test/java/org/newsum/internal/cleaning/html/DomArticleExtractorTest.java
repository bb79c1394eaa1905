package org.newsum.internal.cleaning.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsum.cleaning.Extraction;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.cleaning.RemovedBlock;

class DomArticleExtractorTest {
  private final DomArticleExtractor extractor = DomArticleExtractor.standard();

  static String fixture(String name) {
    try (InputStream in = DomArticleExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void keepsEveryArticleParagraphInOrderAsParagraphs() {
    HtmlArticle article = extractor.extract(fixture("news-page.html"), "");

    assertThat(article.text().split("\n\n")).containsExactly(
        "The harbour bridge reopened to traffic on Monday morning, three months after engineers closed it to"
            + " replace corroded cables, the city council said.",
        "Commuters who had faced a forty-minute detour through the industrial district welcomed the news, although"
            + " some said the repairs had taken longer than promised.",
        "Costs rose during the work",
        "The council said the final bill was about 12 percent higher than the original estimate, largely because of"
            + " steel prices, and that the contractor would pay part of the overrun.",
        "Engineers will inspect the cables again in the autumn, and a lane closure is planned for two nights in"
            + " October, officials said.");
  }

  @Test
  void dropsNavigationCaptionsShareBarsNewsletterReadMoreAndRelatedLinks() {
    String text = extractor.extract(fixture("news-page.html"), "").text();

    assertThat(text).doesNotContain("Home", "Share on", "Photo: Gazette", "morning briefing", "Subscribe",
        "Read more", "Related stories", "Council approves", "Most read", "Copyright", "By Mara Lind",
        "window.ads", "display: flex");
  }

  @Test
  void readsTitleWithoutSiteNameAndDateAndAuthorsFromStructuredData() {
    HtmlArticle article = extractor.extract(fixture("news-page.html"), "");

    assertThat(article.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(article.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(article.author()).isEqualTo("Mara Lind, Tom Okafor");
  }

  @Test
  void findsLineBrokenTextInALayoutTableInCyrillic() {
    HtmlArticle article = extractor.extract(fixture("line-breaks.html"), "");

    assertThat(article.text().split("\n\n")).hasSize(3);
    assertThat(article.text()).startsWith("Сотрудники заповедника сообщили")
        .endsWith("не беспокоить семью.")
        .doesNotContain("Главная", "Политика", "Перепечатка", "12 июня");
    assertThat(article.title()).isEqualTo("В заповеднике родились три рыси");
    assertThat(article.date()).isEqualTo(LocalDate.of(2023, 6, 12));
    assertThat(article.author()).isEqualTo("Анна Петрова");
  }

  @Test
  void trustedStructuredBodyDropsAParagraphItDoesNotContain() {
    String text = extractor.extract(fixture("structured-body.html"), "").text();

    assertThat(text).contains("The central library will stay open", "moving two part-time posts",
        "Staff unions said").doesNotContain("Advertise your business");
  }

  @Test
  void structuredBodyThatThePageDoesNotShowIsIgnored() {
    HtmlArticle article = extractor.extract(fixture("untrusted-structured-body.html"), "");

    assertThat(article.text()).startsWith("Apple growers in the valley").contains("according to the association's chair")
        .doesNotContain("Subscribers can read");
    assertThat(article.date()).isNull();
    assertThat(article.author()).isNull();
  }

  @Test
  void explainReturnsTheSameArticleAndSaysWhyEachBlockWasDropped() {
    String html = fixture("news-page.html");
    Extraction extraction = extractor.explain(html, "");

    assertThat(extraction.article()).isEqualTo(extractor.extract(html, ""));
    assertThat(extraction.removed()).extracting(RemovedBlock::reason).allSatisfy(r -> assertThat(r).isNotBlank());
    assertThat(extraction.removed()).anySatisfy(b -> {
      assertThat(b.text()).contains("morning briefing");
      assertThat(b.reason()).contains("newsletter");
    });
    assertThat(extraction.removed()).anySatisfy(b -> {
      assertThat(b.text()).contains("Storm warning");
      assertThat(b.reason()).startsWith("outside the article");
    });
    assertThat(extraction.removed()).anySatisfy(b -> assertThat(b.text()).contains("Read more: Ferry"));
  }

  @Test
  void pageWithoutBlocksStillGivesItsText() {
    HtmlArticle article = extractor.extract("<html><body>Just one line of text in the body.</body></html>", "");

    assertThat(article.text()).isEqualTo("Just one line of text in the body.");
    assertThat(article.title()).isEmpty();
  }

  @Test
  void emptyAndMalformedPagesGiveEmptyArticlesNotErrors() {
    assertThat(extractor.extract("", "").text()).isEmpty();
    assertThat(extractor.extract("<div><p>unclosed <b>tags", "").text()).isEqualTo("unclosed tags");
    String badJsonLd = "<html><head><script type=\"application/ld+json\">{\"headline\": </script></head>"
        + "<body><p>Body text that stays.</p></body></html>";
    assertThat(extractor.extract(badJsonLd, "").text()).isEqualTo("Body text that stays.");
  }

  @Test
  void inlineMarkupDoesNotSplitOrGlueWords() {
    String html = "<html><body><article><p>The <b>mayor</b> said<br>yes, and <a href=x>the</a>council agreed"
        + " to the plan after a long debate.</p></article></body></html>";

    assertThat(extractor.extract(html, "").text())
        .isEqualTo("The mayor said\n\nyes, and thecouncil agreed to the plan after a long debate.");
  }

  @Test
  void firstH1IsTheHeadlineButALaterOneIsASectionHeading() {
    String html = "<html><body><article><h1>Diet plans compared</h1>"
        + "<p>Low-carbohydrate diets promise quick results, but doctors say the first weeks are the hardest.</p>"
        + "<h1>Second phase</h1>"
        + "<p>In the second phase, some foods return to the menu, slowly and in small amounts, week by week.</p>"
        + "</article></body></html>";

    assertThat(extractor.extract(html, "").text().split("\n\n")).containsExactly(
        "Low-carbohydrate diets promise quick results, but doctors say the first weeks are the hardest.",
        "Second phase",
        "In the second phase, some foods return to the menu, slowly and in small amounts, week by week.");
  }
}
