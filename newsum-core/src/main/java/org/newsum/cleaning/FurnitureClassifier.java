package org.newsum.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.NewsSentenceSplitter;
import org.newsum.text.SentenceShape;
import org.newsum.text.Span;
import org.newsum.text.WordAnalyzer;

/**
 * The standard {@link ClusterCleaner}: labels every line of scraped text (every paragraph in
 * hard-wrapped text; every sentence in text flattened to a line or two) as
 * {@link BlockLabel#BODY body}, {@link BlockLabel#HEADING heading} or
 * {@link BlockLabel#FURNITURE furniture} from features rather than phrase lists, and blanks the
 * furniture.
 *
 * <p>Evidence, in the order it is applied to each document:
 * <ol>
 *   <li>shape: lines repeated within the page (form labels), later copies of a line, lines
 *       also found on other pages of the cluster that are not prose, lists separated by bars
 *       or arrows (menus, breadcrumbs), photo-credit parentheticals, e-mail or web addresses,
 *       the copyright sign, lines without letters;
 *   <li>captions: a fragment next to a photo credit;
 *   <li>topic: prose whose content words hardly occur in the rest of the cluster (an ad, a
 *       consent form) is furniture when it addresses the reader ("you", "our") or when it
 *       lies in the run of non-article blocks at the start or end of the page (only on pages
 *       with at least four prose blocks, where the page median means something); in clusters of
 *       three or more pages, a page whose prose as a whole hardly shares words with the other
 *       pages (a cookie wall, an archive notice) is furniture entirely;
 *   <li>structure: a fragment (not prose) is a heading when the next kept block is body
 *       text, and furniture otherwise (menus, link lists, teasers, datelines).
 * </ol>
 *
 * <p>Furniture is replaced by spaces, not cut, so offsets into the cleaned text are offsets
 * into the original and attribution stays exact; blanked lines read as blank lines, so a
 * heading is never glued to the sentence after a removed line. Thread-safe.
 */
public final class FurnitureClassifier implements ClusterCleaner {
  /** A block repeated this many times within one page is form or widget text. */
  private static final int REPEATS_FOR_FURNITURE = 3;
  /** A page is off-topic when its share of words found elsewhere is below this share of the other pages'. */
  private static final double OFF_TOPIC_PAGE_SHARE = 0.25;
  /** Pages of prose a cluster needs before a whole page can be judged off-topic. */
  private static final int MIN_PAGES_FOR_OFF_TOPIC_PAGE = 3;
  /** A text with at most this many lines is classified sentence by sentence. */
  private static final int FLAT_MAX_LINES = 2;
  private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();
  /**
   * Prose blocks a page needs before its blocks are judged by topic against its median: with
   * fewer, the median says too little and article text could be lost.
   */
  private static final int MIN_PROSE_FOR_TOPIC = 4;
  /** How much each furniture block of an edge run raises the off-topic threshold. */
  private static final double RUN_STEP = 0.05;

  /**
   * What is labeled, with its thresholds. Sentences of flattened text carry fewer words, so
   * their topic support is noisier and they need stronger evidence than lines.
   *
   * @param offTopicShare prose is off-topic below this share of the page's median topic support
   * @param runMax the highest off-topic threshold in an edge run
   * @param runStartsAtFurniture an edge run only starts at a block already known as furniture
   */
  private enum Unit {
    LINE(0.5, 0.75, false),
    SENTENCE(0.25, 0.5, true);

    final double offTopicShare;
    final double runMax;
    final boolean runStartsAtFurniture;

    Unit(double offTopicShare, double runMax, boolean runStartsAtFurniture) {
      this.offTopicShare = offTopicShare;
      this.runMax = runMax;
      this.runStartsAtFurniture = runStartsAtFurniture;
    }

    /** A block with an e-mail or web address is furniture below this topic support. */
    double contactBelow() {
      return 2 * offTopicShare;
    }
  }

  /** A document cut into the units to label. */
  private record Segmentation(Unit unit, List<Span> spans) {}

  @Override
  public Cluster clean(Cluster cluster) {
    List<PageLayout> layouts = classify(cluster);
    List<Document> cleaned = new ArrayList<>(cluster.documents().size());
    for (int d = 0; d < layouts.size(); d++) {
      Document doc = cluster.documents().get(d);
      cleaned.add(doc.withText(blankFurniture(doc.text(), layouts.get(d))));
    }
    return new Cluster(cluster.id(), cleaned, cluster.query());
  }

  /** Labels the blocks of every document of the cluster, with reasons; in document order. */
  public List<PageLayout> classify(Cluster cluster) {
    WordAnalyzer analyzer = new WordAnalyzer();
    List<Document> docs = cluster.documents();
    List<Segmentation> segmentations = new ArrayList<>();
    List<List<BlockFeatures>> features = new ArrayList<>();
    for (Document doc : docs) {
      Segmentation blocks = segment(doc.text());
      segmentations.add(blocks);
      boolean[] quoted = BlockFeatures.startsInQuotation(doc.text(), blocks.spans());
      List<BlockFeatures> page = new ArrayList<>(quoted.length);
      for (int i = 0; i < quoted.length; i++) {
        page.add(BlockFeatures.of(blocks.spans().get(i).of(doc.text()), analyzer, quoted[i]));
      }
      features.add(page);
    }
    ClusterEvidence evidence = new ClusterEvidence(features);
    double[][] support = new double[docs.size()][];
    double[] medians = new double[docs.size()];
    double[] pageShares = new double[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      List<BlockFeatures> page = features.get(d);
      int pageIndex = d;
      support[d] = page.stream().mapToDouble(b -> evidence.support(pageIndex, b)).toArray();
      medians[d] = medianProseSupport(page, support[d]);
      pageShares[d] = evidence.sharedStemShare(d);
    }
    List<PageLayout> layouts = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      layouts.add(new PageLayout(docs.get(d).id(), labelPage(docs.get(d).text(), segmentations.get(d), features.get(d),
          support[d], medians[d], offTopicPage(pageShares, d), evidence, d)));
    }
    return layouts;
  }

  /**
   * Why page {@code d} as a whole is off-topic for the cluster (a cookie wall, an archive
   * notice, another story), or null: with at least {@link #MIN_PAGES_FOR_OFF_TOPIC_PAGE}
   * pages, the share of its content words that occur on other pages is below
   * {@link #OFF_TOPIC_PAGE_SHARE} of the other pages' median share. (With two pages, sharing is
   * mutual and says nothing about which page is off-topic.)
   */
  private static String offTopicPage(double[] shares, int d) {
    double[] others = new double[shares.length];
    int k = 0;
    for (int o = 0; o < shares.length; o++) {
      if (o != d && shares[o] > 0) {
        others[k++] = shares[o];
      }
    }
    if (k + 1 < MIN_PAGES_FOR_OFF_TOPIC_PAGE) {
      return null;
    }
    Arrays.sort(others, 0, k);
    double typical = others[k / 2];
    double share = shares[d] / typical;
    return share < OFF_TOPIC_PAGE_SHARE
        ? "the whole page is off-topic for the cluster (the share of its content words found on other pages is "
            + ratio(share) + " of theirs)"
        : null;
  }

  /** The text with every furniture block replaced by spaces (line breaks kept). */
  public static String blankFurniture(String text, PageLayout layout) {
    char[] chars = text.toCharArray();
    for (LabeledBlock block : layout.blocks()) {
      if (block.label() == BlockLabel.FURNITURE) {
        for (int i = block.start(); i < block.end(); i++) {
          if (chars[i] != '\n') {
            chars[i] = ' ';
          }
        }
      }
    }
    return new String(chars);
  }

  /**
   * The units to label: non-blank lines, or blank-line separated paragraphs when the text is
   * hard-wrapped; sentences when the text has no line structure to speak of (at most
   * {@link #FLAT_MAX_LINES} lines, as in a page flattened to one line).
   */
  private static Segmentation segment(String text) {
    List<Span> lines = lines(text);
    if (lines.size() <= FLAT_MAX_LINES) {
      List<Span> sentences = SPLITTER.split(text);
      if (sentences.size() > lines.size()) {
        return new Segmentation(Unit.SENTENCE, sentences);
      }
    }
    return new Segmentation(Unit.LINE, lines);
  }

  private static List<Span> lines(String text) {
    boolean paragraphs = NewsSentenceSplitter.isHardWrapped(text);
    List<Span> out = new ArrayList<>();
    int blockStart = -1;
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      boolean blank = text.substring(lineStart, lineEnd).isBlank();
      if (!blank && blockStart < 0) {
        blockStart = lineStart;
      }
      if (blockStart >= 0 && (blank || !paragraphs)) {
        Span.addTrimmed(text, blockStart, blank ? lineStart : lineEnd, out);
        blockStart = -1;
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart >= 0) {
      Span.addTrimmed(text, blockStart, n, out);
    }
    return out;
  }

  private static List<LabeledBlock> labelPage(String text, Segmentation segmentation, List<BlockFeatures> f,
      double[] rawSupport, double median, String offTopicPage, ClusterEvidence evidence, int doc) {
    if (!SentenceShape.hasSentencePunctuation(text)) {
      // A transcript or text stripped of punctuation: every line is a "fragment", so shape says
      // nothing about what is furniture. Keep it whole rather than lose the article.
      return segmentation.spans().stream()
          .map(s -> new LabeledBlock(s.start(), s.end(), s.of(text), BlockLabel.BODY,
              "page without sentence punctuation: no shape evidence, kept"))
          .toList();
    }
    PageLabels page = new PageLabels(segmentation.unit(), f, rawSupport, median);
    page.markShapes(evidence, doc);
    if (offTopicPage != null) {
      page.markOffTopicPage(offTopicPage);
    }
    page.markCaptions();
    if (page.proseBlocks() >= MIN_PROSE_FOR_TOPIC) {
      page.markReaderAddress();
      // With no other page to compare with, topic support comes from the page's own blocks, which
      // is weak evidence: there an edge run must start at furniture, so a short article's opening
      // paragraphs are never taken for furniture just for introducing the topic.
      boolean runMayStartAtProse = evidence.multiPage;
      page.markEdgeRun(true, runMayStartAtProse);
      page.markEdgeRun(false, runMayStartAtProse);
    }
    page.labelByStructure();
    List<LabeledBlock> out = new ArrayList<>(f.size());
    for (int i = 0; i < f.size(); i++) {
      Span s = segmentation.spans().get(i);
      out.add(new LabeledBlock(s.start(), s.end(), s.of(text), page.label[i], page.reason[i]));
    }
    return out;
  }

  /** The labels of one page while they are decided, step by step; unlabeled blocks are null. */
  private static final class PageLabels {
    private final Unit unit;
    private final List<BlockFeatures> f;
    private final int n;
    /** Topic support relative to the page's median prose support. */
    private final double[] support;
    private final BlockLabel[] label;
    private final String[] reason;

    PageLabels(Unit unit, List<BlockFeatures> f, double[] rawSupport, double median) {
      this.unit = unit;
      this.f = f;
      this.n = f.size();
      this.support = new double[n];
      for (int i = 0; i < n; i++) {
        support[i] = median > 0 ? rawSupport[i] / median : 1;
      }
      this.label = new BlockLabel[n];
      this.reason = new String[n];
    }

    int proseBlocks() {
      return (int) f.stream().filter(BlockFeatures::prose).count();
    }

    private void furniture(int i, String why) {
      label[i] = BlockLabel.FURNITURE;
      reason[i] = why;
    }

    /** Step 1: repetition, copies, credits, copyright, addresses, separators, site fragments. */
    void markShapes(ClusterEvidence evidence, int doc) {
      Map<String, Integer> counts = new HashMap<>();
      f.forEach(b -> counts.merge(b.key(), 1, Integer::sum));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        BlockFeatures b = f.get(i);
        int repeats = counts.get(b.key());
        int otherPages = evidence.otherPagesWith(doc, b.key());
        String r = null;
        if (!b.hasLetters()) {
          r = "no words";
        } else if (repeats >= REPEATS_FOR_FURNITURE) {
          r = "repeated " + repeats + " times on the page (form or widget text)";
        } else if (!seen.add(b.key())) {
          r = "copy of an earlier line of the page";
        } else if (b.photoCredit()) {
          r = "photo credit (capitalized names in a slash-separated parenthetical)";
        } else if (b.copyright()) {
          r = "copyright notice (copyright sign)";
        } else if (b.contactOrLink() && (!b.prose() || support[i] < unit.contactBelow())) {
          r = "contact address or link (e-mail or web address), topic support " + ratio(support[i]) + " of the page median";
        } else if (b.separators() > 0 && (unit == Unit.LINE || !b.prose())) {
          r = "items separated by bars or arrows (menu, breadcrumb or page title with the site name)";
        } else if (otherPages > 0 && !b.prose()) {
          r = "fragment also on " + otherPages + " other page(s) of the cluster (site furniture)";
        }
        if (r != null) {
          furniture(i, r);
        }
      }
    }

    /** All remaining prose of a page that is off-topic as a whole. */
    void markOffTopicPage(String why) {
      for (int i = 0; i < n; i++) {
        if (label[i] == null && f.get(i).prose()) {
          furniture(i, why);
        }
      }
    }

    /** Step 2: a block without final punctuation next to a photo credit is its caption. */
    void markCaptions() {
      for (int i = 0; i < n; i++) {
        if (label[i] == null && !f.get(i).endsLikeSentence()
            && (i > 0 && f.get(i - 1).photoCredit() || i + 1 < n && f.get(i + 1).photoCredit())) {
          furniture(i, "caption: no final punctuation, next to a photo credit");
        }
      }
    }

    /** Step 3a: off-topic prose that addresses the reader, anywhere on the page. */
    void markReaderAddress() {
      for (int i = 0; i < n; i++) {
        BlockFeatures b = f.get(i);
        if (label[i] == null && b.prose() && support[i] < unit.offTopicShare && b.readerPronouns() > 0) {
          furniture(i, offTopic(support[i], unit.offTopicShare) + ", addressing the reader (" + b.readerPronouns()
              + " first/second-person pronoun(s) outside quotes)");
        }
      }
    }

    /**
     * Step 3b: walks from one end of the page towards the middle over blocks that are not
     * on-topic prose (furniture, fragments, off-topic prose), marking the off-topic prose there
     * as furniture. Each furniture block passed makes the next prose block more suspect: the
     * off-topic threshold rises by {@link #RUN_STEP} per furniture block, up to the unit's
     * maximum.
     */
    void markEdgeRun(boolean fromEnd, boolean mayStartAtProse) {
      int furniture = 0;
      for (int k = 0; k < n; k++) {
        int i = fromEnd ? n - 1 - k : k;
        if (label[i] == BlockLabel.FURNITURE) {
          furniture++;
          continue;
        }
        if (label[i] != null || !f.get(i).prose()) {
          continue;
        }
        double threshold = Math.min(unit.runMax, unit.offTopicShare + RUN_STEP * furniture);
        if (support[i] >= threshold || furniture == 0 && (unit.runStartsAtFurniture || !mayStartAtProse)) {
          return;
        }
        furniture(i, offTopic(support[i], threshold) + " in a run of " + furniture + " furniture block(s) at the "
            + (fromEnd ? "end" : "start") + " of the page");
        furniture++;
      }
    }

    /** Step 4: the rest of the prose is body; a fragment is a heading only when body follows it. */
    void labelByStructure() {
      BlockLabel next = null;
      for (int i = n - 1; i >= 0; i--) {
        if (label[i] == null) {
          BlockFeatures b = f.get(i);
          if (b.prose()) {
            label[i] = BlockLabel.BODY;
            reason[i] = "prose (" + b.words() + " words, topic support " + ratio(support[i]) + " of the page median)";
          } else if (next == BlockLabel.BODY) {
            label[i] = BlockLabel.HEADING;
            reason[i] = "heading: a fragment (" + fragmentShape(b) + ") followed by body text";
          } else {
            furniture(i, "fragment (" + fragmentShape(b) + ") not followed by body text: menu, link or teaser");
          }
        }
        if (label[i] != BlockLabel.FURNITURE) {
          next = label[i];
        }
      }
    }
  }

  private static String offTopic(double support, double threshold) {
    return "off-topic prose (topic support " + ratio(support) + " of the page median, below " + ratio(threshold) + ")";
  }

  private static String fragmentShape(BlockFeatures b) {
    return b.words() + " words, " + (b.endsLikeSentence() ? "title case" : "no final punctuation");
  }

  private static String ratio(double share) {
    return String.format(java.util.Locale.ROOT, "%.2f", share);
  }

  private static double medianProseSupport(List<BlockFeatures> f, double[] support) {
    double[] prose = new double[f.size()];
    int k = 0;
    for (int i = 0; i < f.size(); i++) {
      if (f.get(i).prose()) {
        prose[k++] = support[i];
      }
    }
    if (k == 0) {
      return 0;
    }
    Arrays.sort(prose, 0, k);
    return prose[k / 2];
  }

  /**
   * What the other documents (or, for a single document, the other blocks) say about a block:
   * how many other pages carry the same line, and which content words occur elsewhere.
   */
  private static final class ClusterEvidence {
    private final List<Map<String, Integer>> pageStemBlocks = new ArrayList<>();
    private final Map<String, Integer> stemBlocks = new HashMap<>();
    private final Map<String, Set<Integer>> keyPages = new HashMap<>();
    private final boolean multiPage;

    ClusterEvidence(List<List<BlockFeatures>> pages) {
      int nonEmpty = 0;
      for (int d = 0; d < pages.size(); d++) {
        Map<String, Integer> own = new HashMap<>();
        for (BlockFeatures b : pages.get(d)) {
          b.contentStems().forEach(s -> own.merge(s, 1, Integer::sum));
          keyPages.computeIfAbsent(b.key(), k -> new HashSet<>()).add(d);
        }
        own.forEach((s, c) -> stemBlocks.merge(s, c, Integer::sum));
        pageStemBlocks.add(own);
        nonEmpty += pages.get(d).isEmpty() ? 0 : 1;
      }
      multiPage = nonEmpty >= 2;
    }

    /**
     * How strongly the block's content words recur in the rest of the cluster: the sum over its
     * distinct stems of log(1 + blocks elsewhere containing the stem), divided by the square
     * root of its stem count (a cosine with the rest of the cluster, up to a per-page factor).
     * Elsewhere means on other pages, or for a single page in its other blocks.
     */
    double support(int page, BlockFeatures b) {
      if (b.contentStems().isEmpty()) {
        return 0;
      }
      Map<String, Integer> own = pageStemBlocks.get(page);
      double sum = 0;
      for (String s : b.contentStems()) {
        int elsewhere = stemBlocks.get(s) - (multiPage ? own.get(s) : 1);
        sum += Math.log1p(elsewhere);
      }
      return sum / Math.sqrt(b.contentStems().size());
    }

    /** Share of the page's distinct content stems that also occur on another page. */
    double sharedStemShare(int page) {
      Map<String, Integer> own = pageStemBlocks.get(page);
      if (own.isEmpty()) {
        return 0;
      }
      long shared = own.entrySet().stream().filter(e -> stemBlocks.get(e.getKey()) > e.getValue()).count();
      return (double) shared / own.size();
    }

    int otherPagesWith(int page, String key) {
      Set<Integer> pages = keyPages.get(key);
      return pages.size() - (pages.contains(page) ? 1 : 0);
    }
  }
}
