package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.internal.text.AscendingIds;
import org.newsum.internal.text.Lexicon;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Span;

class FurnitureClassifierTest {
  private static final String FLOOD_A = """
      Heavy rain flooded the river valley on Monday and forced thousands of residents to leave their homes.

      Rescue teams in boats searched the flooded villages for residents trapped by the rising river.

      The regional governor said the flood was the worst in the valley for fifty years.
      """;
  private static final String FLOOD_B = """
      Thousands of residents fled their homes as the river burst its banks after days of heavy rain.

      Rescue teams reached villages cut off by the flood water, the governor said.

      Forecasters expect more rain in the valley later this week.
      """;

  private final FurnitureClassifier classifier = new FurnitureClassifier();

  private PageLayout layoutOf(String text, String... others) {
    List<Document> docs = new java.util.ArrayList<>();
    docs.add(Document.of("page", text));
    for (int i = 0; i < others.length; i++) {
      docs.add(Document.of("other" + i, others[i]));
    }
    return classifier.classify(Cluster.of("c", docs)).get(0);
  }

  private static BlockLabel labelOf(PageLayout layout, String textStart) {
    return layout.blocks().stream().filter(b -> b.text().startsWith(textStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no block " + textStart)).label();
  }

  @Test
  void menuAtTheTopIsFurnitureAndTheTitleIsAHeading() {
    String page = "Home\nNews\nWorld\nRiver floods the valley\n\n" + FLOOD_A;
    PageLayout layout = layoutOf(page, FLOOD_B);
    assertThat(labelOf(layout, "Home")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(labelOf(layout, "World")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(labelOf(layout, "River floods the valley")).isEqualTo(BlockLabel.HEADING);
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(3);
  }

  @Test
  void repeatedFormLinesCopyrightAndContactLinesAreFurniture() {
    String page = FLOOD_A + "\nName required\nName required\nName required\n"
        + "\u00a9 2024 Valley Times. All rights reserved.\n"
        + "Send tips to newsroom@example.org today.\n";
    PageLayout layout = layoutOf(page, FLOOD_B);
    assertThat(layout.withLabel(BlockLabel.FURNITURE)).extracting(LabeledBlock::reason)
        .anyMatch(r -> r.startsWith("repeated 3 times"))
        .anyMatch(r -> r.startsWith("copyright"))
        .anyMatch(r -> r.startsWith("contact"));
    assertThat(layout.withLabel(BlockLabel.FURNITURE)).hasSize(5);
  }

  @Test
  void offTopicAdAtTheEndGoesButAnOnTopicClosingParagraphStays() {
    String ad = "Our university offers online degrees in business, nursing and engineering with flexible"
        + " schedules and generous scholarships for working adults.\n\nEnroll now and start your career today.\n";
    PageLayout withAd = layoutOf(FLOOD_A + "\n" + ad, FLOOD_B);
    assertThat(labelOf(withAd, "Our university")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(labelOf(withAd, "Enroll now")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(labelOf(withAd, "The regional governor")).isEqualTo(BlockLabel.BODY);
  }

  @Test
  void offTopicProseInTheMiddleStaysUnlessItAddressesTheReader() {
    String aside = "Historians recall that medieval merchants once traded wool and salt along ancient roads.";
    String plea = "If you enjoy our journalism, please support us with a small monthly donation.";
    String page = "Heavy rain flooded the river valley on Monday.\n\n" + aside + "\n\n" + plea
        + "\n\nRescue teams searched the flooded villages for trapped residents.\n\n"
        + "The governor said the flood was the worst for fifty years.\n";
    PageLayout layout = layoutOf(page, FLOOD_B, FLOOD_A);
    assertThat(labelOf(layout, "Historians")).isEqualTo(BlockLabel.BODY);
    assertThat(labelOf(layout, "If you enjoy")).isEqualTo(BlockLabel.FURNITURE);
  }

  @Test
  void quotedFirstPersonDoesNotCountAsAddressingTheReader() {
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("\u201cWe will rebuild,\u201d the mayor said.")).isZero();
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("\"We will rebuild,\" the mayor said of US aid.")).isZero();
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Subscribe to our newsletter and we will write to you.")).isEqualTo(3);
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("This, he said, ``is not to our liking or yours.''")).isZero();
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Keep in mind we only have $500.''")).isZero();
    String speech = "The mayor spoke. ``We lost everything. We will rebuild,'' she said. You can help.";
    List<Span> spans = java.util.stream.Stream.of("The mayor", "``We lost", "We will", "You can")
        .map(s -> new Span(speech.indexOf(s), speech.indexOf(s) + s.length())).toList();
    assertThat(BlockFeatures.startsInQuotation(speech, spans)).containsExactly(false, false, true, false);
  }

  @Test
  void readerPronounsAreFoundInAnyCaseButAllCapitals() {
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Ours is the best offer; treat yourself.")).isEqualTo(2);
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Yours truly, wouldn't YOU or You agree?")).isEqualTo(2);
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Users of outdoor yachts worry about US weather.")).isZero();
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("")).isZero();
  }

  private static BlockFeatures featuresOf(String text, boolean startsInQuotation) {
    Lexicon lexicon = Lexicon.forThisThread();
    org.newsum.internal.text.TextTokens tokens = new org.newsum.internal.text.TextTokens();
    lexicon.tokenize(text, 0, text.length(), tokens);
    return BlockFeatures.of(text, tokens, 0, startsInQuotation, new AscendingIds(0, false));
  }

  @Test
  void blockFeaturesFindReaderPronounsAndAddressesInTheirOnePassOverTheWords() {
    for (String text : List.of("Thank you.", "(We) did it", "Tell us:yes", "\u00e9t\u00e9 you\u00e9 ours", "Yours-truly, US aid",
        "YOU and US", "\u201cWe will,\u201d she said", "nothing here", "", "  you  ")) {
      assertThat(featuresOf(text, false).readerPronouns()).as(text)
          .isEqualTo(BlockFeatures.readerPronounsOutsideQuotes(text));
      assertThat(featuresOf(text, true).readerPronouns()).as(text).isZero();
    }
    assertThat(BlockFeatures.readerPronounsOutsideQuotes("Thank you. (We) did it")).isEqualTo(2);
    assertThat(featuresOf("Visit WWW.example.com today", false).contactOrLink()).isTrue();
    assertThat(featuresOf("Visit Www.example.com today", false).contactOrLink()).isTrue();
    assertThat(featuresOf("Visit www. today", false).contactOrLink()).isTrue();
    assertThat(featuresOf("Visit wwwexample.com or ww.w today", false).contactOrLink()).isFalse();
    assertThat(featuresOf("The world was wide", false).contactOrLink()).isFalse();
  }

  @Test
  void aPhotoCreditMayBeFollowedByWhiteSpaceButNotByText() {
    assertThat(BlockFeatures.endsWithPhotoCredit("(JOHN DOE/AFP/Getty Images) \n")).isTrue();
    assertThat(BlockFeatures.endsWithPhotoCredit("(JOHN DOE/AFP/Getty Images) said")).isFalse();
    assertThat(BlockFeatures.endsWithPhotoCredit("JOHN DOE/AFP)")).isFalse();
    assertThat(BlockFeatures.endsWithPhotoCredit(" ")).isFalse();
  }

  @Test
  void cleaningLabelsAsClassifyDoesAndOnlyClassifySaysWhy() {
    String page = "Home | News | World\n\nContact us at WWW.Example.com\n\n" + FLOOD_A + "\nShare this article\n";
    Cluster cluster = Cluster.of("c", List.of(Document.of("page", page), Document.of("b", FLOOD_B)));
    PageLayout explained = classifier.classify(cluster).get(0);
    assertThat(explained.blocks()).allSatisfy(b -> assertThat(b.reason()).isNotBlank());
    assertThat(explained.blocks()).filteredOn(b -> b.text().startsWith("Contact us")).singleElement()
        .satisfies(b -> assertThat(b.reason()).startsWith("contact address or link"));
    String cleaned = classifier.clean(cluster).documents().get(0).text();
    for (LabeledBlock b : explained.blocks()) {
      String kept = cleaned.substring(b.start(), b.end());
      assertThat(kept.isBlank()).as(b.text()).isEqualTo(b.label() == BlockLabel.FURNITURE);
    }
  }

  @Test
  void captionNextToAPhotoCreditIsFurniture() {
    String page = "Villagers wade through the flood water\n(JOHN DOE/AFP/Getty Images)\n\n" + FLOOD_A;
    PageLayout layout = layoutOf(page, FLOOD_B);
    assertThat(labelOf(layout, "(JOHN DOE")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(labelOf(layout, "Villagers wade")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(BlockFeatures.endsWithPhotoCredit("He met the press (and the public/crowd).")).isFalse();
  }

  @Test
  void cleaningBlanksFurnitureAndKeepsOffsets() {
    String page = "Home | News | World\n\n" + FLOOD_A + "\nShare this article\n";
    Cluster cluster = Cluster.of("c", List.of(Document.of("page", page), Document.of("b", FLOOD_B)));
    String cleaned = classifier.clean(cluster).documents().get(0).text();
    assertThat(cleaned).hasSameSizeAs(page);
    assertThat(cleaned).doesNotContain("Home", "Share this article");
    int body = page.indexOf("Rescue teams");
    assertThat(cleaned.substring(body, body + 12)).isEqualTo("Rescue teams");
    assertThat(cleaned.chars().filter(c -> c == '\n').count()).isEqualTo(page.chars().filter(c -> c == '\n').count());
  }

  /**
   * The tokens cleaning hands on to analysis (the page's tokens with the furniture's dropped in
   * place) are those of the cleaned text read afresh, on random pages of article paragraphs,
   * menus, copyright and contact lines, in Latin-1 and beyond; and the cleaned text is the page
   * with exactly its furniture blocks blanked.
   */
  @Test
  void cleaningHandsOnTheTokensOfTheCleanedText() {
    String[] lines = {FLOOD_A.strip(), FLOOD_B.strip(), "Home | News | World | Sport", "Share this article",
        "\u00a9 2024 Example Media. All rights reserved.", "Contact: news@example.com", "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9.",
        "\u4e1c\u4eac \u2014 \u201cQuoted words\u201d here.", "Sign up for our newsletter today!", "Photo: (JOHN DOE/REUTERS)"};
    java.util.Random random = new java.util.Random(12);
    int blanked = 0;
    for (int trial = 0; trial < 200; trial++) {
      List<Document> docs = new java.util.ArrayList<>();
      for (int d = random.nextInt(3); d >= 0; d--) {
        StringBuilder page = new StringBuilder();
        for (int k = 2 + random.nextInt(8); k > 0; k--) {
          page.append(lines[random.nextInt(lines.length)]).append(random.nextBoolean() ? "\n\n" : "\n");
        }
        docs.add(Document.of("p" + d, page.toString()));
      }
      Cluster cluster = Cluster.of("c", docs);
      List<PageLayout> layouts = classifier.classify(cluster);
      Cluster cleaned = classifier.clean(cluster);
      Lexicon lexicon = Lexicon.forThisThread();
      for (int d = 0; d < docs.size(); d++) {
        String text = cleaned.documents().get(d).text();
        assertThat(text).isEqualTo(FurnitureClassifier.blankFurniture(docs.get(d).text(), layouts.get(d)));
        blanked += text.equals(docs.get(d).text()) ? 0 : 1;
        org.newsum.internal.text.TextTokens handed = lexicon.takeTokens(text);
        assertThat(handed).as("page %s", text).isNotNull();
        org.newsum.internal.text.TextTokens fresh = new org.newsum.internal.text.TextTokens();
        lexicon.tokenize(text, 0, text.length(), fresh);
        assertThat(handed.size()).as("page %s", text).isEqualTo(fresh.size());
        for (int k = 0; k < fresh.size(); k++) {
          assertThat(new int[] {handed.word(k), handed.start(k), handed.end(k)}).as("page %s token %d", text, k)
              .containsExactly(fresh.word(k), fresh.start(k), fresh.end(k));
        }
      }
    }
    assertThat(blanked).as("pages with furniture").isGreaterThan(50);
  }

  @Test
  void aSingleDocumentIsJudgedAgainstItsOwnOtherParagraphs() {
    String ad = "Get the best deals on kitchen appliances, garden furniture and holiday packages from our partners.";
    PageLayout layout = layoutOf(FLOOD_A + "\n" + FLOOD_B + "\n" + ad + "\n");
    assertThat(labelOf(layout, "Get the best deals")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(6);
  }

  @Test
  void hardWrappedParagraphsAreBlocks() {
    String wrapped = """
        Heavy rain flooded the river valley on Monday and forced thousands
        of residents to leave their homes, the regional governor said.

        Rescue teams in boats searched the flooded villages for residents
        trapped by the rising river, which burst its banks on Sunday night.
        """;
    PageLayout layout = layoutOf(wrapped, FLOOD_B);
    assertThat(layout.blocks()).hasSize(2).allMatch(b -> b.label() == BlockLabel.BODY);
  }

  @Test
  void aWholePageOffTheClusterTopicIsFurnitureOnlyWithThreeOrMorePages() {
    String museum = "The museum opened an exhibition of medieval tapestries in the old palace.\n\n"
        + "Curators restored forty woven pieces over six years with help from textile experts.\n\n"
        + "Admission costs twelve euros for adults and nothing for schoolchildren.\n";
    String flood3 = "The river flood forced residents of the valley from their homes on Monday.\n\n"
        + "Rescue teams said heavy rain would keep the river high this week.\n";
    List<PageLayout> layouts = classifier.classify(Cluster.of("c", List.of(Document.of("museum", museum),
        Document.of("a", FLOOD_A), Document.of("b", FLOOD_B), Document.of("c", flood3))));
    assertThat(layouts.get(0).blocks()).isNotEmpty().allMatch(b -> b.label() == BlockLabel.FURNITURE)
        .allMatch(b -> b.reason().startsWith("the whole page is off-topic"));
    assertThat(layouts.get(1).withLabel(BlockLabel.BODY)).hasSize(3);
    List<PageLayout> pair = classifier.classify(Cluster.of("c", List.of(Document.of("museum", museum), Document.of("a", FLOOD_A))));
    assertThat(pair.get(0).withLabel(BlockLabel.BODY)).hasSize(3);
  }

  @Test
  void textFlattenedToOneLineIsJudgedSentenceBySentence() {
    String flat = FLOOD_A.replace("\n\n", " ").strip()
        + " Share your photos with us and follow our page for updates about your area.";
    PageLayout layout = layoutOf(flat, FLOOD_B);
    assertThat(layout.blocks()).hasSize(4);
    assertThat(labelOf(layout, "Share your photos")).isEqualTo(BlockLabel.FURNITURE);
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(3);
  }

  @Test
  void aShortPageIsNotJudgedByTopic() {
    String page = "Heavy rain flooded the valley.\n\nHistorians recall that merchants once traded wool here.\n";
    assertThat(layoutOf(page, FLOOD_B).withLabel(BlockLabel.BODY)).hasSize(2);
  }

  @Test
  void emptyAndBlankDocumentsHaveNoBlocks() {
    List<PageLayout> layouts = classifier.classify(Cluster.of("c",
        List.of(Document.of("a", ""), Document.of("b", "  \n\n "), Document.of("c", FLOOD_A))));
    assertThat(layouts.get(0).blocks()).isEmpty();
    assertThat(layouts.get(1).blocks()).isEmpty();
    assertThat(layouts.get(2).withLabel(BlockLabel.BODY)).hasSize(3);
  }

  @Test
  void aShortSinglePageKeepsItsOpeningParagraphs() {
    // Regression: with no other page to compare with, the opening paragraphs of a short article
    // (whose words the rest of the page hardly repeats) were taken for an off-topic edge run.
    String article = "City officials approved a new budget for public transport on Monday evening, the largest in a decade.\n\n"
        + "The plan adds twelve bus lines and extends night service across the northern districts and suburbs.\n\n"
        + "Critics said the fare increase of ten percent would hurt commuters with low incomes.\n\n"
        + "The mayor promised a review of the fares after the first year of operation.\n";
    PageLayout layout = classifier.classify(Cluster.of("c", List.of(Document.of("bus", article)))).get(0);
    assertThat(layout.withLabel(BlockLabel.FURNITURE)).isEmpty();
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(4);
  }

  @Test
  void onAPageAloneAnOffTopicRegionAfterTheArticlesEndIsFurniture() {
    // Issue 16.4: after the credit line, an ad with its heading, a form label and a consent
    // text: no other page to compare with, but the page itself shows the region apart from the
    // article (set off by furniture, sharing hardly any words with it).
    String page = FLOOD_A + "\n" + FLOOD_B + "\nReporting by Ann Lee; contact newsroom@example.org\n\n"
        + "Study Nursing Online\n\n"
        + "Earn a recognised nursing degree from home with flexible evening classes and generous grants.\n\n"
        + "Request a brochure\n\n"
        + "By sending this form you agree to receive emails and calls about our programmes.\n";
    PageLayout layout = classifier.classify(Cluster.of("c", List.of(Document.of("page", page)))).get(0);
    for (String start : List.of("Study Nursing", "Earn a recognised", "Request a brochure", "By sending")) {
      assertThat(labelOf(layout, start)).as(start).isEqualTo(BlockLabel.FURNITURE);
    }
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(6);
  }

  @Test
  void onAPageAloneASideTopicSectionSetApartByACaptionStays() {
    // A section on the valley's history uses words the rest of the article does not, but it
    // neither follows the article's end nor addresses the reader: it is article, not an ad.
    String page = FLOOD_A + "\n" + FLOOD_B + "\nVillagers wade through the water\n(JOHN DOE/AFP/Getty Images)\n\n"
        + "The valley was settled by monks in the twelfth century, who drained the marshes and built mills.\n\n"
        + "Old parish records describe great floods in 1740 and 1910, when the abbey cellars filled with mud.\n\n"
        + "Engineers built a dam upstream in the 1960s, and for decades the town believed it was safe.\n";
    PageLayout layout = classifier.classify(Cluster.of("c", List.of(Document.of("page", page)))).get(0);
    assertThat(layout.withLabel(BlockLabel.BODY)).hasSize(9);
    assertThat(labelOf(layout, "(JOHN DOE")).isEqualTo(BlockLabel.FURNITURE);
  }

  @Test
  void costIsLinearInTheNumberOfDocuments() {
    // Regression (issue 17.9): the off-topic page test sorted the shares of all pages once per
    // page, and each page's repeat count allocated one counter per distinct line of the
    // cluster. Every page here shares a word with the others, has lines of its own and a share
    // that varies from page to page (so sorting cannot shortcut): 50k pages took 51 s before,
    // 8 s after, on the loaded build machine (about 2 s when quiet).
    int pages = 50_000;
    List<Document> docs = new java.util.ArrayList<>(pages);
    for (int i = 0; i < pages; i++) {
      StringBuilder text = new StringBuilder("Item");
      for (int k = 0; k <= i * 7919 % 5; k++) {
        text.append(" w").append(i).append('x').append(k);
      }
      docs.add(Document.of("d" + i, text.append(" today.\nMenu ").append(i).toString()));
    }
    Cluster cluster = Cluster.of("many", docs);
    Cluster cleaned = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> classifier.clean(cluster));
    assertThat(cleaned.documents()).hasSize(pages);
  }

  /** Issue 18: a French cluster was read in English by cleaning, so analysis tokenized it a second time. */
  @Test
  void cleaningReadsAClusterInItsLanguageAndHandsItsTokensToTheAnalysisOfThatLanguage() {
    String text = """
        La tempête a inondé la vallée lundi et forcé des milliers d'habitants à quitter leur maison.

        Les secours ont fouillé les villages inondés à la recherche d'habitants bloqués par la crue.
        """;
    Document french = Document.of("fr1", text).withLanguage("fr");
    Cluster cleaned = classifier.clean(Cluster.of("c", List.of(french)));
    String kept = cleaned.documents().get(0).text();
    assertThat(Lexicon.forThisThread().takeTokens(kept)).isNull();
    assertThat(Lexicon.forThisThread("fr").takeTokens(kept)).isNotNull();
  }

  @Test
  void onlyTheSearchedQuoteCharactersChangeTheQuotationState() {
    String searched = new String(BlockFeatures.QUOTE_CHARACTERS);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (searched.indexOf(c) < 0) {
        for (String text : new String[] {"" + c, "" + c + c}) {
          assertThat(BlockFeatures.quoteStateAfter(text, 0, true)).as("U+%04X", (int) c).isTrue();
          assertThat(BlockFeatures.quoteStateAfter(text, 0, false)).as("U+%04X", (int) c).isFalse();
        }
      }
    }
    String text = "He said ``no'' and \"yes\" and \u201cmaybe\u201d, it's ``open\n\nstill open'' closed \u00abx\u00bb.";
    List<Span> spans = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i += 3) {
      spans.add(new Span(i, Math.min(text.length(), i + 3)));
    }
    boolean[] starts = BlockFeatures.startsInQuotation(text, spans);
    boolean open = false;
    int pos = 0;
    for (int k = 0; k < spans.size(); k++) {
      for (; pos < spans.get(k).start(); pos++) {
        open = BlockFeatures.quoteStateAfter(text, pos, open);
      }
      assertThat(starts[k]).as("span %d", k).isEqualTo(open);
    }
  }
}
