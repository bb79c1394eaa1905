package org.newsum.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.summarizers.Eligibility;
import org.newsum.summarizers.MethodOptions;
import org.newsum.text.AnalyzedCluster;

/**
 * The acceptance test of scraped-text cleaning on the five seed pages in ../shared/seeds:
 * every line is checked. A line containing one of the furniture markers below must be blanked;
 * a heading line must be kept and labeled heading; every other line is article text and must be
 * kept unchanged, at the same offsets, and labeled body.
 */
class FurnitureClassifierSeedsTest {
  /** Substrings that identify the furniture lines of each seed file (by file-name prefix). */
  private static final Map<String, List<String>> FURNITURE = Map.of(
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

  /** Whole heading lines, kept as structure. */
  private static final Set<String> HEADINGS = Set.of(
      "G20 Talks Between Trump and Putin could be of Paramount Importance", "Background of the Talks",
      "The Agenda of the Meeting", "Window of Opportunities for Trump",
      "Here's What's At Stake When Trump Finally Meets Putin",
      "Russian interference in American elections", "Syria", "Common interests",
      "Trump and Putin Play Nice at the G-20 Summit",
      "G20: Vladimir Putin eyes relations restart with Donald Trump", "Putin's patience with Trump",
      "Muted expectations", "Terrorism, Syria, Ukraine");

  private static Cluster seeds;

  @BeforeAll
  static void readSeeds() throws IOException {
    Path dir = Path.of(System.getProperty("newsum.repo.root", "."), "..", "shared", "seeds");
    assumeTrue(Files.isDirectory(dir), "skipped: seed pages not found at " + dir.toAbsolutePath().normalize());
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Document.of(p.getFileName().toString(), Files.readString(p)));
      }
    }
    assumeTrue(docs.size() == 5, "skipped: expected the five seed pages in " + dir);
    seeds = Cluster.of("seeds", docs);
  }

  @Test
  void furnitureIsBlankedArticleLinesAreKeptAndHeadingsLabeled() {
    FurnitureClassifier classifier = new FurnitureClassifier();
    List<PageLayout> layouts = classifier.classify(seeds);
    Cluster cleaned = classifier.clean(seeds);
    int furnitureLines = 0;
    boolean firstTitleCopy = true;
    for (int d = 0; d < seeds.documents().size(); d++) {
      Document doc = seeds.documents().get(d);
      String after = cleaned.documents().get(d).text();
      assertThat(after).hasSameSizeAs(doc.text());
      List<String> markers = FURNITURE.get(doc.id().substring(0, 3));
      int lineStart = 0;
      for (String line : doc.text().split("\n", -1)) {
        String kept = after.substring(lineStart, lineStart + line.length());
        String stripped = normalize(line).strip();
        if (!stripped.isEmpty()) {
          LabeledBlock block = blockAt(layouts.get(d), lineStart + line.indexOf(line.strip()));
          boolean furniture = markers.stream().anyMatch(line::contains)
              || stripped.equals("G20 Talks Between Trump and Putin could be of Paramount Importance") && !firstTitleCopy;
          if (stripped.startsWith("G20 Talks Between")) {
            firstTitleCopy = false;
          }
          if (furniture) {
            furnitureLines++;
            assertThat(kept).as("furniture in %s: %s", doc.id(), stripped).isBlank();
            assertThat(block.label()).isEqualTo(BlockLabel.FURNITURE);
          } else {
            assertThat(kept).as("article line in %s", doc.id()).isEqualTo(line);
            BlockLabel expected = HEADINGS.contains(stripped) ? BlockLabel.HEADING : BlockLabel.BODY;
            assertThat(block.label()).as("%s: %s (%s)", doc.id(), stripped, block.reason()).isEqualTo(expected);
          }
        }
        lineStart += line.length() + 1;
      }
    }
    assertThat(furnitureLines).isEqualTo(3 + 19 + 0 + 11 + 11);
    printReport(layouts);
  }

  /** Per seed: how many blocks of each label, and every removed line with its reason. */
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

  @Test
  void headingsAreSentencesOfTheirOwnAndNeverEligible() {
    AnalyzedCluster analyzed = Newsum.standard().analyze(seeds);
    int headings = 0;
    for (int i = 0; i < analyzed.size(); i++) {
      String text = normalize(analyzed.sentence(i).text());
      boolean heading = HEADINGS.contains(text);
      assertThat(HEADINGS.stream().filter(h -> h.length() > 12).noneMatch(h -> text.contains(h) && !text.equals(h)))
          .as("heading glued to a sentence: %s", text).isTrue();
      if (heading) {
        headings++;
        assertThat(Eligibility.isEligible(analyzed, i, MethodOptions.DEFAULT_MIN_WORDS)).as(text).isFalse();
      }
    }
    assertThat(headings).isEqualTo(HEADINGS.size());
  }

  @Test
  void summariesOfTheSeedsContainNoFurniture() {
    for (String method : List.of("lead", "centroid")) {
      Summary summary = Newsum.standard().summarize(seeds, method, Budget.words(400));
      for (String sentence : summary.texts()) {
        FURNITURE.values().stream().flatMap(List::stream)
            .forEach(marker -> assertThat(sentence).as(method).doesNotContain(marker));
      }
    }
  }

  /** The seeds use no-break spaces between words. */
  private static String normalize(String text) {
    return text.replace('\u00a0', ' ');
  }

  private static LabeledBlock blockAt(PageLayout layout, int start) {
    return layout.blocks().stream().filter(b -> b.start() == start).findFirst()
        .orElseThrow(() -> new AssertionError("no block starts at " + start + " in " + layout.documentId()));
  }
}
