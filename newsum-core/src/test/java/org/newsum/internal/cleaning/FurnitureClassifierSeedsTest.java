package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.internal.summarizers.Eligibility;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.summarizers.MethodOptions;
import org.newsum.text.AnalyzedCluster;

/**
 * The acceptance test of scraped-text cleaning, on two sets of scraped pages: the five
 * {@link ScrapedPages} written by us, always; and the five seed pages in ../shared/seeds, when
 * present. Every line is checked. A line containing one of the
 * furniture markers below must be blanked; a heading line must be kept and labeled heading; every
 * other line is article text and must be kept unchanged, at the same offsets, and labeled body.
 */
class FurnitureClassifierSeedsTest {
  /**
   * One set of pages and what a reader sees in them.
   *
   * @param furniture substrings that identify the furniture lines of each page (by file-name prefix)
   * @param headings whole heading lines, kept as structure
   * @param repeatedTitle a headline printed more than once: its later copies are furniture
   * @param furnitureLines how many furniture lines the pages have in all
   */
  record Pages(Cluster cluster, Map<String, List<String>> furniture, Set<String> headings, String repeatedTitle,
      int furnitureLines) {}

  private static final Pages FIXTURES = new Pages(ScrapedPages.cluster(),
      Map.of(
          "000", List.of("Home News Region Weather Sport Opinion", "Read more: Norrvik council",
              "Sign up for our morning briefing", "© 2024 Valley Courier"),
          "001", List.of("National Post | Breaking news", "We value your privacy.", "We and our partners use cookies",
              "Accept all", "Manage choices", "Copyright © 2024 National Post"),
          "002", List.of("(Reporting by Lena Aas"),
          "003", List.of("Skip to main content", "Topics", "Transport\n", "Energy", "Water\n", "Publications", "Events",
              "About us", "March 13, 2024 | 4 mins read", "Photo: the Aldre bridge", "Get our analysis first",
              "Enter your email address", "Subscribe\n", "By subscribing you agree", "Contact us at press@",
              "Copyright © 2024 North Policy"),
          "004", List.of("Radio North | News", "1. Skip to content", "2. Navigation", "3. Search", "4. Listen live",
              "Watch video 02:15", "Fertiliser train off the rails", "Share this story", "More from the region", "Ostby harbour expects")),
      Set.of("Freight train derails near Norrvik, spilling fertiliser into the Aldre river",
          "Derailment on the Aldre bridge", "Fertiliser spill closes Aldre river after train derailment",
          "What happens next", "Train derailment spills fertiliser into Aldre river",
          "Rail freight and river safety after the Norrvik derailment", "Three questions for regulators",
          "Norrvik: fertiliser train derails on river bridge"),
      "Freight train derails near Norrvik, spilling fertiliser into the Aldre river",
      5 + 6 + 1 + 16 + 10);

  /** The seed pages' markers and headings (the pages themselves are read from ../shared/seeds). */
  private static final Map<String, List<String>> SEED_FURNITURE = Map.of(
      "000", List.of("Putin Urges US Business", "checked out and liked our Facebook page"),
      "001", List.of("Home Politics & Government", "legally licensed through", "Roots In The Military",
          "American Military University (AMU) is proud", "Request Information", "Please complete this form",
          "Validation message here", "Ready to apply?", "We value your privacy.", "By submitting this form",
          "You may withdraw your consent"),
      "002", List.of(),
      "003", List.of("21:47 GMT", "5 mins read", "Germany on the sidelines of the G20 Summit", "SAUL LOEB/AFP",
          "It can be difficult to separate the important", "Connected Content", "Regions & Countries",
          "Article Search", "Stratfor Enterprises", "Stratfor Worldview", "To empower members"),
      "004", List.of("| DW |", "Inhalt", "Navigation", "Metanavigation", "Weitere Inhalte", "Suche", "Choose from 30 Languages",
          "Getty Images/AFP/N. Kolesnikova", "Lavrov said Putin's meeting with Trump is about", "Watch video 01:41",
          "G20: On stage and behind the scenes"));
  private static final Set<String> SEED_HEADINGS = Set.of(
      "G20 Talks Between Trump and Putin could be of Paramount Importance", "Background of the Talks",
      "The Agenda of the Meeting", "Window of Opportunities for Trump",
      "Here's What's At Stake When Trump Finally Meets Putin",
      "Russian interference in American elections", "Syria", "Common interests",
      "Trump and Putin Play Nice at the G-20 Summit",
      "G20: Vladimir Putin eyes relations restart with Donald Trump", "Putin's patience with Trump",
      "Muted expectations", "Terrorism, Syria, Ukraine");

  /** "fixtures" always; "seeds" when ../shared is beside the repository (else the test is skipped, saying why). */
  private static Pages pages(String set) {
    if (set.equals("fixtures")) {
      return FIXTURES;
    }
    Path dir = SharedData.require("seeds");
    Cluster seeds = read(dir);
    assumeTrue(seeds.documents().size() == 5, "skipped: expected the five seed pages in " + dir);
    return new Pages(seeds, SEED_FURNITURE, SEED_HEADINGS,
        "G20 Talks Between Trump and Putin could be of Paramount Importance", 3 + 19 + 0 + 11 + 11);
  }

  private static Cluster read(Path dir) {
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Document.of(p.getFileName().toString(), Files.readString(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Cluster.of(dir.getFileName().toString(), docs);
  }


  @ParameterizedTest
  @ValueSource(strings = {"fixtures", "seeds"})
  void furnitureIsBlankedArticleLinesAreKeptAndHeadingsLabeled(String set) {
    Pages pages = pages(set);
    FurnitureClassifier classifier = new FurnitureClassifier();
    List<PageLayout> layouts = classifier.classify(pages.cluster());
    Cluster cleaned = classifier.clean(pages.cluster());
    int furnitureLines = 0;
    boolean firstTitleCopy = true;
    for (int d = 0; d < pages.cluster().documents().size(); d++) {
      Document doc = pages.cluster().documents().get(d);
      String after = cleaned.documents().get(d).text();
      assertThat(after).hasSameSizeAs(doc.text());
      List<String> markers = pages.furniture().get(doc.id().substring(0, 3));
      int lineStart = 0;
      for (String line : doc.text().split("\n", -1)) {
        String kept = after.substring(lineStart, lineStart + line.length());
        String stripped = normalize(line).strip();
        if (!stripped.isEmpty()) {
          LabeledBlock block = blockAt(layouts.get(d), lineStart + line.indexOf(line.strip()));
          boolean furniture = markers.stream().anyMatch((line + "\n")::contains)
              || stripped.equals(pages.repeatedTitle()) && !firstTitleCopy;
          if (stripped.equals(pages.repeatedTitle())) {
            firstTitleCopy = false;
          }
          if (furniture) {
            furnitureLines++;
            assertThat(kept).as("furniture in %s: %s", doc.id(), stripped).isBlank();
            assertThat(block.label()).isEqualTo(BlockLabel.FURNITURE);
          } else {
            assertThat(kept).as("article line in %s", doc.id()).isEqualTo(line);
            BlockLabel expected = pages.headings().contains(stripped) ? BlockLabel.HEADING : BlockLabel.BODY;
            assertThat(block.label()).as("%s: %s (%s)", doc.id(), stripped, block.reason()).isEqualTo(expected);
          }
        }
        lineStart += line.length() + 1;
      }
    }
    assertThat(furnitureLines).isEqualTo(pages.furnitureLines());
    printReport(layouts);
  }

  /** Per page: how many blocks of each label, and every removed line with its reason. */
  private static void printReport(List<PageLayout> layouts) {
    for (PageLayout layout : layouts) {
      System.out.printf("%s: %d body, %d heading, %d furniture%n", layout.documentId(),
          layout.withLabel(BlockLabel.BODY).size(), layout.withLabel(BlockLabel.HEADING).size(),
          layout.withLabel(BlockLabel.FURNITURE).size());
      for (LabeledBlock b : layout.withLabel(BlockLabel.FURNITURE)) {
        String text = normalize(b.text());
        System.out.printf("  - %s  [%s]%n", text.length() > 60 ? text.substring(0, 57) + "..." : text, b.reason());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixtures", "seeds"})
  void headingsAreSentencesOfTheirOwnAndNeverEligible(String set) {
    Pages pages = pages(set);
    AnalyzedCluster analyzed = Newsum.standard().analyze(pages.cluster());
    int headings = 0;
    for (int i = 0; i < analyzed.size(); i++) {
      String text = normalize(analyzed.sentence(i).text());
      boolean heading = pages.headings().contains(text);
      assertThat(pages.headings().stream().filter(h -> h.length() > 12).noneMatch(h -> text.contains(h) && !text.equals(h)))
          .as("heading glued to a sentence: %s", text).isTrue();
      if (heading) {
        headings++;
        assertThat(Eligibility.isEligible(analyzed, i, MethodOptions.DEFAULT_MIN_WORDS)).as(text).isFalse();
      }
    }
    assertThat(headings).isEqualTo(pages.headings().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixtures", "seeds"})
  void summariesContainNoFurniture(String set) {
    Pages pages = pages(set);
    for (String method : List.of("lead", "centroid")) {
      Summary summary = Newsum.standard().summarize(pages.cluster(), method, Budget.words(400));
      assertThat(summary.texts()).as(method).isNotEmpty();
      for (String sentence : summary.texts()) {
        pages.furniture().values().stream().flatMap(List::stream)
            .forEach(marker -> assertThat(sentence).as(method).doesNotContain(marker));
      }
    }
  }

  /** The seed pages use no-break spaces between words. */
  private static String normalize(String text) {
    return text.replace('\u00a0', ' ');
  }

  private static LabeledBlock blockAt(PageLayout layout, int start) {
    return layout.blocks().stream().filter(b -> b.start() == start).findFirst()
        .orElseThrow(() -> new AssertionError("no block starts at " + start + " in " + layout.documentId()));
  }
}
