package org.newsum.internal.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.FurnitureCleaner;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.internal.text.AscendingIds;
import org.newsum.internal.text.ClusterLanguages;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.NewsSentenceSplitter;
import org.newsum.internal.text.SentenceShape;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Span;

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
 *       also found on other pages of the cluster that are not prose, short items between
 *       separators (menus, breadcrumbs, datelines: {@link ItemList}), photo-credit
 *       parentheticals, e-mail or web addresses, copyright lines, lines without letters;
 *   <li>captions: a fragment next to a photo credit;
 *   <li>topic (only on pages with at least four prose blocks, where a median means something):
 *       a region of the page set apart by furniture whose prose hardly shares words with the
 *       page's main region (an ad and its form after the licensing line) is furniture
 *       entirely; prose whose content words hardly occur in the rest of the cluster (or, for a
 *       page alone, in its main region) is furniture when it addresses the reader ("you",
 *       "our") or when it lies in the run of non-article blocks at the start or end of the
 *       page; in clusters of three or more pages, a page whose prose as a whole hardly shares
 *       words with the other pages (a cookie wall, an archive notice) is furniture entirely;
 *   <li>structure: a fragment (not prose) is a heading when the next kept block is body
 *       text, and furniture otherwise (menus, link lists, teasers, datelines).
 * </ol>
 *
 * <p>Furniture is replaced by spaces, not cut, so offsets into the cleaned text are offsets
 * into the original and attribution stays exact; blanked lines read as blank lines, so a
 * heading is never glued to the sentence after a removed line. Thread-safe.
 */
public final class FurnitureClassifier implements FurnitureCleaner {
  /** A page is off-topic when its share of words found elsewhere is below this share of the other pages'. */
  private static final double OFF_TOPIC_PAGE_SHARE = 0.25;
  /** Pages of prose a cluster needs before a whole page can be judged off-topic. */
  private static final int MIN_PAGES_FOR_OFF_TOPIC_PAGE = 3;
  /**
   * A page's tokens are sized for one per this many characters before it is read: news text has
   * one per 6 (0.16 a character; at most 0.23 on a page of the DUC and Multi-News sets), so they
   * rarely grow, where growing from a small array allocates 2 to 4 times what they take.
   */
  private static final int CHARS_PER_TOKEN_AT_MOST = 4;
  /** A text with at most this many lines is classified sentence by sentence. */
  private static final int FLAT_MAX_LINES = 2;
  private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();
  /**
   * Prose blocks a page needs before its blocks are judged by topic against its median: with
   * fewer, the median says too little and article text could be lost.
   */
  private static final int MIN_PROSE_FOR_TOPIC = 4;

  /** A document cut into the units to label. */
  private record Segmentation(BlockUnit unit, List<Span> spans) {}

  /** A document's words as cleaning read them: block {@code b}'s are tokens {@code [from[b], from[b + 1])}. */
  private record PageTokens(TextTokens tokens, int[] from) {}

  /**
   * Blanks the furniture of every document, and gives each untitled one the title its layout
   * shows ({@link Headline}). The words read on the way are handed on to
   * analysis ({@link Lexicon#rememberTokens}), so that a document is tokenized once, in the
   * cluster's language ({@link #lexiconOf}).
   */
  @Override
  public Cluster clean(Cluster cluster) {
    Lexicon lexicon = lexiconOf(cluster);
    lexicon.forgetTokens();
    List<PageTokens> pageTokens = new ArrayList<>();
    List<PageLayout> layouts = classify(cluster, lexicon, pageTokens, false);
    List<Document> cleaned = new ArrayList<>(cluster.documents().size());
    for (int d = 0; d < layouts.size(); d++) {
      Document doc = cluster.documents().get(d);
      String text = blankFurniture(doc.text(), layouts.get(d));
      TextTokens kept = keptTokens(text, layouts.get(d), pageTokens.get(d));
      if (kept != null) {
        lexicon.rememberTokens(text, kept);
      }
      cleaned.add(doc.title().isBlank()
          ? new Document(doc.id(), Headline.of(layouts.get(d)), text, doc.date(), doc.source(), doc.language())
          : doc.withText(text));
    }
    return cluster.withDocuments(cleaned);
  }

  /**
   * The tokens of the kept blocks, which are those of the whole cleaned text when every word
   * character of it lies in a kept block and every kept block stands apart (white space or the
   * text's edge on both sides, so no word runs across its edge); null otherwise. They are the
   * page's tokens with the furniture's dropped in place ({@link TextTokens#retainRanges}): no
   * copy, so what cleaning allocates does not depend on how much of a page is furniture.
   */
  private static TextTokens keptTokens(String text, PageLayout layout, PageTokens page) {
    List<LabeledBlock> blocks = layout.blocks();
    boolean[] kept = new boolean[blocks.size()];
    int pos = 0;
    for (int b = 0; b < blocks.size(); b++) {
      LabeledBlock block = blocks.get(b);
      if (block.label() == BlockLabel.FURNITURE) {
        continue;
      }
      if (block.start() < pos || hasWordCharacter(text, pos, block.start())
          || block.start() > 0 && !Character.isWhitespace(text.charAt(block.start() - 1))
          || block.end() < text.length() && !Character.isWhitespace(text.charAt(block.end()))) {
        return null;
      }
      kept[b] = true;
      pos = block.end();
    }
    if (hasWordCharacter(text, pos, text.length())) {
      return null;
    }
    page.tokens().retainRanges(page.from(), kept);
    return page.tokens();
  }

  private static boolean hasWordCharacter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lexicon cleaning reads the cluster with: that of its language (the majority of its
   * documents' detected or declared languages; English when none is known), the one analysis
   * then reads with, so that analysis takes over the tokens instead of reading a non-English
   * document twice, and stop-word shares are measured against the language's own stop words.
   */
  private static Lexicon lexiconOf(Cluster cluster) {
    return Lexicon.forThisThread(ClusterLanguages.majority(cluster.documents()));
  }

  /** Labels the blocks of every document of the cluster, with reasons; in document order. */
  @Override
  public List<PageLayout> classify(Cluster cluster) {
    return classify(cluster, lexiconOf(cluster), new ArrayList<>(), true);
  }

  /**
   * {@link #classify(Cluster)}, adding each document's tokens to {@code pageTokens}; the blocks'
   * reasons are empty unless {@code explain} (cleaning needs the labels alone).
   */
  private List<PageLayout> classify(Cluster cluster, Lexicon lexicon, List<PageTokens> pageTokens, boolean explain) {
    List<Document> docs = cluster.documents();
    List<Segmentation> segmentations = new ArrayList<>();
    List<List<BlockFeatures>> features = new ArrayList<>();
    AscendingIds stems = new AscendingIds(lexicon.stemCount(), false);
    for (Document doc : docs) {
      Segmentation blocks = segment(doc.text());
      segmentations.add(blocks);
      boolean[] quoted = BlockFeatures.startsInQuotation(doc.text(), blocks.spans());
      List<BlockFeatures> page = new ArrayList<>(quoted.length);
      TextTokens tokens = new TextTokens(doc.text().length() / CHARS_PER_TOKEN_AT_MOST + 1);
      int[] from = new int[quoted.length + 1];
      for (int i = 0; i < quoted.length; i++) {
        Span span = blocks.spans().get(i);
        from[i] = tokens.size();
        lexicon.tokenize(doc.text(), span.start(), span.end(), tokens);
        page.add(BlockFeatures.of(span.of(doc.text()), tokens, from[i], quoted[i], stems));
      }
      from[quoted.length] = tokens.size();
      pageTokens.add(new PageTokens(tokens, from));
      features.add(page);
    }
    ClusterEvidence evidence = new ClusterEvidence(features);
    double[][] support = new double[docs.size()][];
    double[] medians = new double[docs.size()];
    double[] pageShares = new double[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      ClusterEvidence.PageEvidence page = evidence.of(d);
      support[d] = page.support();
      medians[d] = medianProseSupport(features.get(d), support[d]);
      pageShares[d] = page.sharedStemShare();
    }
    OffTopicPages offTopic = new OffTopicPages(pageShares);
    List<PageLayout> layouts = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      layouts.add(new PageLayout(docs.get(d).id(), labelPage(docs.get(d).text(), segmentations.get(d), features.get(d),
          support[d], medians[d], offTopic.reason(d), evidence, d, explain)));
    }
    return layouts;
  }

  /**
   * Which pages as a whole are off-topic for the cluster (a cookie wall, an archive notice,
   * another story): with at least {@link #MIN_PAGES_FOR_OFF_TOPIC_PAGE} pages, a page whose
   * share of content words that occur on other pages is below {@link #OFF_TOPIC_PAGE_SHARE} of
   * the other pages' median share. (With two pages, sharing is mutual and says nothing about
   * which page is off-topic.) The shares are sorted once per cluster; each page then finds the
   * median of the others by one binary search, so the cost is n log n in the number of pages.
   */
  private static final class OffTopicPages {
    private final double[] shares;
    /** The positive shares, ascending: the pages that have content words to compare. */
    private final double[] sorted;

    OffTopicPages(double[] shares) {
      this.shares = shares;
      double[] positive = new double[shares.length];
      int count = 0;
      for (double share : shares) {
        if (share > 0) {
          positive[count++] = share;
        }
      }
      Arrays.sort(positive, 0, count);
      this.sorted = Arrays.copyOf(positive, count);
    }

    /** Why page {@code d} is off-topic, or null. */
    String reason(int d) {
      boolean counted = shares[d] > 0;
      int others = sorted.length - (counted ? 1 : 0);
      if (others + 1 < MIN_PAGES_FOR_OFF_TOPIC_PAGE) {
        return null;
      }
      // The median of the others: the sorted shares without one copy of this page's (equal
      // shares are interchangeable, so any copy found by the search will do).
      int median = others / 2;
      if (counted && median >= Arrays.binarySearch(sorted, shares[d])) {
        median++;
      }
      double share = shares[d] / sorted[median];
      return share < OFF_TOPIC_PAGE_SHARE
          ? "the whole page is off-topic for the cluster (the share of its content words found on other pages is "
              + PageLabels.ratio(share) + " of theirs)"
          : null;
    }
  }

  /**
   * The text with every furniture block replaced by spaces (line breaks kept). Always a copy, even
   * when no block is furniture (returning the text itself then saved a copy on some inputs and not
   * on others, so cleaning's allocation jumped 2.78x on one doubling of `bin/benchmark scaling`),
   * made in the text's own coding: a text of Latin-1 characters is copied as one byte per
   * character twice (into the builder and out of it), not inflated to a {@code char[]} and
   * compressed back.
   */
  public static String blankFurniture(String text, PageLayout layout) {
    StringBuilder out = new StringBuilder(text);
    for (LabeledBlock block : layout.blocks()) {
      if (block.label() == BlockLabel.FURNITURE) {
        for (int i = block.start(); i < block.end(); i++) {
          if (text.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
          }
        }
      }
    }
    return out.toString();
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
        return new Segmentation(BlockUnit.SENTENCE, sentences);
      }
    }
    return new Segmentation(BlockUnit.LINE, lines);
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
      boolean blank = isBlank(text, lineStart, lineEnd);
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

  /**
   * Whether {@code text[from, to)} is blank, as {@link String#isBlank} tells it (no white space is
   * a surrogate, so testing chars tests code points), without a copy.
   */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<LabeledBlock> labelPage(String text, Segmentation segmentation, List<BlockFeatures> f,
      double[] rawSupport, double median, String offTopicPage, ClusterEvidence evidence, int doc, boolean explain) {
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
      if (segmentation.unit() == BlockUnit.LINE) {
        page.markOffTopicRegions(!evidence.multiPage);
      }
      page.markReaderAddress();
      page.markEdgeRun(true, !evidence.multiPage);
      page.markEdgeRun(false, !evidence.multiPage);
    }
    page.labelByStructure();
    List<LabeledBlock> out = new ArrayList<>(f.size());
    for (int i = 0; i < f.size(); i++) {
      Span s = segmentation.spans().get(i);
      out.add(new LabeledBlock(s.start(), s.end(), f.get(i).text(), page.label[i], explain ? page.reason[i].text() : ""));
    }
    return out;
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
}
