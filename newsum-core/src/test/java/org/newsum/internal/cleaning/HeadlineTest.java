package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/** Titles worked out from cleaned pages (issue 16: the page showed breadcrumbs and datelines as titles). */
class HeadlineTest {
  private static PageLayout layout(Object... labelsAndTexts) {
    List<LabeledBlock> blocks = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      String text = (String) labelsAndTexts[i + 1];
      blocks.add(new LabeledBlock(at, at + text.length(), text, (BlockLabel) labelsAndTexts[i], "test"));
      at += text.length() + 1;
    }
    return new PageLayout("page", blocks);
  }

  @Test
  void theFirstHeadingAboveTheProseIsTheTitleWithoutItsSiteSuffix() {
    assertThat(Headline.of(layout(BlockLabel.FURNITURE, "Home Politics & Government Talks end",
        BlockLabel.HEADING, "Talks end in Hamburg | World | Breaking news | DW | 05.07.2017",
        BlockLabel.BODY, "The talks ended on Friday.", BlockLabel.HEADING, "Later heading")))
        .isEqualTo("Talks end in Hamburg");
  }

  @Test
  void dateLinesAreNotTitles() {
    for (String date : List.of("Jul 7, 2017 | 21:47 GMT", "5 mins read", "12.03.2024", "March 13, 2024 | 4 mins read",
        "Updated 10:45 a.m. Friday")) {
      assertThat(Headline.isDateLine(date)).as(date).isTrue();
      assertThat(Headline.of(layout(BlockLabel.HEADING, date, BlockLabel.HEADING, "Trump and Putin Play Nice at the G-20 Summit",
          BlockLabel.BODY, "They met."))).isEqualTo("Trump and Putin Play Nice at the G-20 Summit");
    }
    for (String title : List.of("G20 leaders meet in Hamburg", "Trump meets Putin in July 2017", "May 2017 was warm")) {
      assertThat(Headline.isDateLine(title)).as(title).isFalse();
    }
  }

  @Test
  void aPageWithoutAHeadingIsTitledByItsFirstSentenceShortened() {
    assertThat(Headline.of(layout(BlockLabel.BODY, "This meeting was eagerly awaited. The presidents spoke on Friday.")))
        .isEqualTo("This meeting was eagerly awaited.");
    String title = Headline.of(layout(BlockLabel.BODY, "word ".repeat(100).strip()));
    assertThat(title).endsWith("\u2026").hasSizeLessThanOrEqualTo(Headline.MAX_LENGTH);
    assertThat(Headline.of(layout(BlockLabel.FURNITURE, "Menu"))).isEmpty();
  }

  /** Each scraped page, cleaned alone as a pasted article is, gets its headline; a given title is kept. */
  @Test
  void cleaningGivesEachScrapedPageItsHeadline() {
    FurnitureClassifier cleaner = new FurnitureClassifier();
    List<String> titles = ScrapedPages.FILES.stream()
        .map(file -> cleaner.clean(Cluster.of("c", List.of(Document.of(file, ScrapedPages.text(file))))).documents().get(0).title())
        .toList();
    assertThat(titles).containsExactly(
        "Freight train derails near Norrvik, spilling fertiliser into the Aldre river",
        "Fertiliser spill closes Aldre river after train derailment",
        "Train derailment spills fertiliser into Aldre river",
        "Rail freight and river safety after the Norrvik derailment",
        "Norrvik: fertiliser train derails on river bridge");
    assertThat(cleaner.clean(ScrapedPages.cluster()).documents()).allSatisfy(d -> assertThat(d.title()).isNotBlank());
    Document titled = Document.of("a", "Given", ScrapedPages.text(ScrapedPages.FILES.get(0)));
    assertThat(cleaner.clean(Cluster.of("c", List.of(titled))).documents().get(0).title()).isEqualTo("Given");
  }
}
