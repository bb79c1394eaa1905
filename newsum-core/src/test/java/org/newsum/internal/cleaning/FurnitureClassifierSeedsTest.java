package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * present. Every non-blank line is checked, with the pages cleaned together as one cluster and
 * each page cleaned alone (issue 16.4: a single page must come out as clean as with its
 * cluster). A furniture line must be blanked; a heading line must be kept and labeled heading;
 * every other line is article text and must be kept unchanged, at the same offsets, and labeled
 * body.
 *
 * <p>The labels are line numbers (1-based), so no third-party text is copied here; the seed
 * files are identified by a hash of their content, and the seed tests are skipped, saying why,
 * when a file is missing or has changed.
 */
class FurnitureClassifierSeedsTest {
  /**
   * The labels of one page.
   *
   * @param sha256 the first 12 hex digits of the SHA-256 of the file, or empty for our own fixtures
   * @param furniture the furniture lines
   * @param headings the heading lines
   */
  record Labels(String sha256, Set<Integer> furniture, Set<Integer> headings) {}

  /** One set of pages and their labels, by file-name prefix. */
  record Pages(Cluster cluster, Map<String, Labels> labels) {
    Labels of(Document doc) {
      return labels.get(doc.id().substring(0, 3));
    }

    /** The text of every furniture line of every page, stripped. */
    List<String> furnitureLines() {
      return cluster.documents().stream().flatMap(d -> lines(d, of(d).furniture()).stream()).toList();
    }

    /** The text of every heading line of every page, stripped. */
    Set<String> headingLines() {
      return cluster.documents().stream().flatMap(d -> lines(d, of(d).headings()).stream())
          .collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> lines(Document doc, Set<Integer> numbers) {
      String[] lines = doc.text().split("\n", -1);
      return numbers.stream().sorted().map(n -> normalize(lines[n - 1]).strip()).toList();
    }
  }

  /**
   * Our pages: 000 a menu, a copy of the headline, a related link, a briefing plea and a
   * copyright line; 001 a site title bar, a cookie banner with its buttons and a copyright line;
   * 002 the wire credit; 003 a skip link and topic menu, a dateline, a photo credit, a newsletter
   * box, a contact line and a copyright line; 004 a title bar, a numbered skip menu, a video
   * teaser, a share plea and related links.
   */
  private static final Map<String, Labels> FIXTURE_LABELS = Map.of(
      "000", new Labels("", Set.of(1, 4, 22, 23, 24), Set.of(2, 18)),
      "001", new Labels("", Set.of(1, 21, 22, 23, 24, 25), Set.of(3, 13)),
      "002", new Labels("", Set.of(15), Set.of(1)),
      "003", new Labels("", Set.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 26, 28, 29, 30, 31, 32, 33), Set.of(12, 20)),
      "004", new Labels("", Set.of(1, 2, 3, 4, 5, 19, 20, 22, 23, 24), Set.of(7)));

  /**
   * The seed pages: 000 a copy of the headline, a related link and a social-media plea; 001 a
   * title bar with the section path, the licensing line, then a university ad, its request form
   * (nine validation labels) and the consent text; 002 none; 003 a dateline, reading time,
   * caption and credit, the column's standing blurb, footer links, the copyright line, the site
   * name and its mission line; 004 a title bar, a numbered skip menu, a photo credit and caption,
   * a video teaser and its title.
   */
  private static final Map<String, Labels> SEED_LABELS = Map.of(
      "000", new Labels("095a689498cc", Set.of(3, 57, 59), Set.of(1, 15, 33, 41)),
      "001", new Labels("cc9afc969bf7",
          Set.of(1, 52, 56, 58, 60, 62, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 75, 77, 79), Set.of(3)),
      "002", new Labels("59cfe9f97819", Set.of(), Set.of(4, 12, 18)),
      "003", new Labels("e23cb20e0d0d", Set.of(1, 3, 7, 8, 9, 18, 20, 22, 24, 26, 29), Set.of(5)),
      "004", new Labels("f682720c40af", Set.of(1, 2, 3, 4, 5, 6, 7, 26, 28, 44, 46), Set.of(10, 16, 30, 48)));

  /** "fixtures" always; "seeds" when ../shared is beside the repository (else the test is skipped, saying why). */
  private static Pages pages(String set) {
    if (set.equals("fixtures")) {
      return new Pages(ScrapedPages.cluster(), FIXTURE_LABELS);
    }
    Path dir = SharedData.require("seeds");
    Cluster seeds = read(dir);
    assumeTrue(seeds.documents().size() == 5, "skipped: expected the five seed pages in " + dir);
    for (Document doc : seeds.documents()) {
      String hash = sha256(doc.text());
      String expected = SEED_LABELS.get(doc.id().substring(0, 3)).sha256();
      assumeTrue(hash.equals(expected), () -> "skipped: seed " + doc.id() + " has changed (SHA-256 " + hash
          + "..., the labels are for " + expected + "...)");
    }
    return new Pages(seeds, SEED_LABELS);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  /** The layouts and cleaned texts of the pages: cleaned as one cluster, or each page alone. */
  private static List<PageLayout> layouts(Cluster cluster, boolean alone, List<String> cleaned) {
    FurnitureClassifier classifier = new FurnitureClassifier();
    List<Cluster> runs = alone
        ? cluster.documents().stream().map(d -> Cluster.of(d.id(), List.of(d))).toList()
        : List.of(cluster);
    List<PageLayout> layouts = new ArrayList<>();
    for (Cluster run : runs) {
      layouts.addAll(classifier.classify(run));
      classifier.clean(run).documents().forEach(d -> cleaned.add(d.text()));
    }
    return layouts;
  }

  @ParameterizedTest(name = "{0}, alone={1}")
  @CsvSource({"fixtures, false", "fixtures, true", "seeds, false", "seeds, true"})
  void furnitureIsBlankedArticleLinesAreKeptAndHeadingsLabeled(String set, boolean alone) {
    Pages pages = pages(set);
    List<String> cleaned = new ArrayList<>();
    List<PageLayout> layouts = layouts(pages.cluster(), alone, cleaned);
    for (int d = 0; d < pages.cluster().documents().size(); d++) {
      Document doc = pages.cluster().documents().get(d);
      String after = cleaned.get(d);
      assertThat(after).hasSameSizeAs(doc.text());
      Labels labels = pages.of(doc);
      int lineStart = 0;
      String[] lines = doc.text().split("\n", -1);
      for (int n = 1; n <= lines.length; n++) {
        String line = lines[n - 1];
        String kept = after.substring(lineStart, lineStart + line.length());
        String stripped = normalize(line).strip();
        if (!stripped.isEmpty()) {
          LabeledBlock block = blockAt(layouts.get(d), lineStart + line.indexOf(line.strip()));
          if (labels.furniture().contains(n)) {
            assertThat(kept).as("furniture in %s line %d: %s", doc.id(), n, stripped).isBlank();
            assertThat(block.label()).isEqualTo(BlockLabel.FURNITURE);
          } else {
            assertThat(kept).as("article line %d in %s (%s)", n, doc.id(), block.reason()).isEqualTo(line);
            BlockLabel expected = labels.headings().contains(n) ? BlockLabel.HEADING : BlockLabel.BODY;
            assertThat(block.label()).as("%s line %d: %s (%s)", doc.id(), n, stripped, block.reason())
                .isEqualTo(expected);
          }
        }
        lineStart += line.length() + 1;
      }
    }
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
      Set<String> headingLines = pages.headingLines();
      boolean heading = headingLines.contains(text);
      assertThat(headingLines.stream().filter(h -> h.length() > 12).noneMatch(h -> text.contains(h) && !text.equals(h)))
          .as("heading glued to a sentence: %s", text).isTrue();
      if (heading) {
        headings++;
        assertThat(Eligibility.isEligible(analyzed, i, MethodOptions.DEFAULT_MIN_WORDS)).as(text).isFalse();
      }
    }
    assertThat(headings).isEqualTo(pages.headingLines().size());
  }

  @ParameterizedTest(name = "{0}, alone={1}")
  @CsvSource({"fixtures, false", "fixtures, true", "seeds, false", "seeds, true"})
  void summariesContainNoFurniture(String set, boolean alone) {
    Pages pages = pages(set);
    List<String> furniture = pages.furnitureLines();
    List<Cluster> runs = alone
        ? pages.cluster().documents().stream().map(d -> Cluster.of(d.id(), List.of(d))).toList()
        : List.of(pages.cluster());
    for (String method : List.of("lead", "centroid")) {
      for (Cluster run : runs) {
        Summary summary = Newsum.standard().summarize(run, method, Budget.words(400));
        assertThat(summary.texts()).as(method).isNotEmpty();
        for (String sentence : summary.texts()) {
          // A line of one or two words ("Water", "Events") may be a word of the article too.
          furniture.forEach(line -> assertThat(normalize(sentence).strip()).as(method)
              .satisfies(s -> assertThat(line.split(" ").length < 3 ? s.equals(line) : s.contains(line)).isFalse()));
        }
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
