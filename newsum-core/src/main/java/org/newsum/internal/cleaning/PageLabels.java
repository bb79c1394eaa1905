package org.newsum.internal.cleaning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.newsum.cleaning.BlockLabel;
import org.newsum.internal.text.IntIntMap;
import org.newsum.internal.text.IntList;

/**
 * The labels of one page of {@link FurnitureClassifier} while they are decided, step by step
 * (shape, captions, topic, structure); unlabeled blocks are null.
 */
final class PageLabels {
  /** A block repeated this many times within one page is form or widget text. */
  private static final int REPEATS_FOR_FURNITURE = 3;
  /** A region's prose is off-topic below this share of the main region's median topic support. */
  private static final double REGION_OFF_TOPIC = 0.5;
  /** How much each furniture block of an edge run raises the off-topic threshold. */
  private static final double RUN_STEP = 0.05;

  private final BlockUnit unit;
  private final List<BlockFeatures> f;
  private final int n;
  /** Topic support relative to the page's median prose support. */
  private final double[] support;
  /** What {@link #support} is relative to, in words (for the reasons). */
  private String supportBasis = "the page median";
  /** Rows of a table: consecutive lines with the same number of items, some rows figures. */
  private final boolean[] tableRow;
  final BlockLabel[] label;
  /** Why each block got its label, put into words only when asked (most callers want the labels alone). */
  final Reason[] reason;

  /** A label's reason, in words on demand: formatting the figures in it costs more than labelling. */
  @FunctionalInterface
  interface Reason {
    String text();
  }

  PageLabels(BlockUnit unit, List<BlockFeatures> f, double[] rawSupport, double median) {
    this.unit = unit;
    this.f = f;
    this.n = f.size();
    this.support = new double[n];
    for (int i = 0; i < n; i++) {
      support[i] = median > 0 ? rawSupport[i] / median : 1;
    }
    this.tableRow = unit == BlockUnit.LINE ? tableRows(f) : new boolean[n];
    this.label = new BlockLabel[n];
    this.reason = new Reason[n];
  }

  /**
   * The blocks in runs of two or more consecutive blocks that split into the same number (2 or
   * more) of items, at least one of them a row of {@link ItemList#figures() figures}: a table,
   * whose header row may be words only.
   */
  private static boolean[] tableRows(List<BlockFeatures> f) {
    boolean[] rows = new boolean[f.size()];
    int start = 0;
    while (start < f.size()) {
      int items = f.get(start).items().items();
      int end = start + 1;
      boolean figures = f.get(start).items().figures();
      while (end < f.size() && items >= 2 && f.get(end).items().items() == items) {
        figures |= f.get(end).items().figures();
        end++;
      }
      if (end - start >= 2 && figures) {
        Arrays.fill(rows, start, end, true);
      }
      start = end;
    }
    return rows;
  }

  int proseBlocks() {
    int prose = 0;
    for (BlockFeatures block : f) {
      prose += block.prose() ? 1 : 0;
    }
    return prose;
  }

  private void furniture(int i, Reason why) {
    label[i] = BlockLabel.FURNITURE;
    reason[i] = why;
  }

  /** Step 1: repetition, copies, credits, copyright, addresses, menus, site fragments. */
  void markShapes(ClusterEvidence evidence, int doc) {
    for (int i = 0; i < n; i++) {
      BlockFeatures b = f.get(i);
      int repeats = evidence.repeatsOnPage(doc, i);
      int otherPages = evidence.otherPagesWith(doc, i);
      double topic = support[i];
      Reason r = null;
      if (!b.hasLetters()) {
        r = () -> "no words";
      } else if (repeats >= REPEATS_FOR_FURNITURE) {
        r = () -> "repeated " + repeats + " times on the page (form or widget text)";
      } else if (evidence.copyOfEarlierBlock(doc, i)) {
        r = () -> "copy of an earlier line of the page";
      } else if (b.photoCredit()) {
        r = () -> "photo credit (capitalized names in a slash-separated parenthetical)";
      } else if (b.copyright()) {
        r = () -> "copyright notice (copyright sign)";
      } else if (b.contactOrLink() && (!b.prose() || topic < unit.contactBelow())) {
        r = () -> "contact address or link (e-mail or web address), topic support " + ratio(topic) + " of the page median";
      } else if (b.items().menu() && !tableRow[i]) {
        r = () -> "short items separated by bars, arrows or bullets (menu, breadcrumb, dateline or page title with the"
            + " site name)";
      } else if (otherPages > 0 && !b.prose()) {
        r = () -> "fragment also on " + otherPages + " other page(s) of the cluster (site furniture)";
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
        furniture(i, () -> why);
      }
    }
  }

  /** Step 2: a block without final punctuation next to a photo credit is its caption. */
  void markCaptions() {
    for (int i = 0; i < n; i++) {
      if (label[i] == null && !f.get(i).endsLikeSentence()
          && (i > 0 && f.get(i - 1).photoCredit() || i + 1 < n && f.get(i + 1).photoCredit())) {
        furniture(i, () -> "caption: no final punctuation, next to a photo credit");
      }
    }
  }

  /** Step 3a: off-topic prose that addresses the reader, anywhere on the page. */
  void markReaderAddress() {
    for (int i = 0; i < n; i++) {
      BlockFeatures b = f.get(i);
      if (label[i] == null && b.prose() && support[i] < unit.offTopicShare && b.readerPronouns() > 0) {
        furniture(i, offTopic(support[i], unit.offTopicShare, ", addressing the reader (" + b.readerPronouns()
            + " first/second-person pronoun(s) outside quotes)"));
      }
    }
  }

  /**
   * Step 3b: the page's own evidence of where the article ends. The blocks not yet labeled
   * furniture form regions, separated by furniture (a licensing or copyright line, a photo
   * credit, a form's repeated labels). The region with the most prose is the article's main
   * region. Another region is furniture entirely, with its headings and labels (an ad and its
   * form, a sign-up box, a site's mission line), when its prose, taken together, hardly shares
   * words with the main region (a word-weighted mean topic support below
   * {@link #REGION_OFF_TOPIC} of the main region's median prose block) and it is also in
   * another register: it lies after the article's end (after a copyright or contact line that
   * follows the main region) or it addresses the reader. A section of the article on a side
   * topic (a history of the place, set apart by a photo credit) uses new words too, but neither
   * follows the article's end nor speaks to the reader, and stays. Topic support against the
   * main region is computed as in {@link ClusterEvidence.PageEvidence#support}, within the page.
   *
   * @param replaceSupport use the support against the main region, relative to its median, as
   *     the blocks' topic support from here on (for a single page, whose page-wide support lets
   *     menus and footers lend words to the blocks next to them)
   */
  void markOffTopicRegions(boolean replaceSupport) {
    IntList starts = new IntList();
    for (int i = 0; i < n; i++) {
      if (label[i] == null && (i == 0 || label[i - 1] != null)) {
        starts.add(i);
      }
    }
    int main = -1;
    int mostWords = 0;
    for (int r = 0; r < starts.size(); r++) {
      int words = 0;
      for (int i = starts.get(r); i < n && label[i] == null; i++) {
        words += f.get(i).prose() ? f.get(i).words() : 0;
      }
      if (words > mostWords) {
        mostWords = words;
        main = r;
      }
    }
    if (main < 0) {
      return;
    }
    int mainStart = starts.get(main);
    int mainEnd = regionEnd(mainStart);
    if (!replaceSupport && !hasProseOutside(mainStart, mainEnd)) {
      return; // no other region has prose to weigh (the usual article page): nothing can change
    }
    // How many blocks of the main region contain each stem. The map is sized for the distinct
    // stems, at most the stem occurrences and at most the largest stem id + 1 (stem ids are dense):
    // sized for the occurrences alone, a long page's map outgrows the caches its lookups need.
    int mainStems = 0;
    int largestStem = -1;
    for (int i = mainStart; i < mainEnd; i++) {
      int[] stems = f.get(i).contentStems();
      mainStems += stems.length;
      for (int stem : stems) {
        largestStem = Math.max(largestStem, stem);
      }
    }
    IntIntMap stemIds = new IntIntMap(Math.min(mainStems, largestStem + 1));
    IntList blocks = new IntList();
    for (int i = mainStart; i < mainEnd; i++) {
      for (int stem : f.get(i).contentStems()) {
        int id = stemIds.getOrAddNext(stem);
        if (id == blocks.size()) {
          blocks.add(0);
        }
        blocks.set(id, blocks.get(id) + 1);
      }
    }
    double[] fromMain = new double[n];
    double[] mainProse = new double[mainEnd - mainStart];
    int prose = 0;
    for (int i = 0; i < n; i++) {
      if (f.get(i).prose()) { // only prose blocks' support is read from here on
        fromMain[i] = supportFromMain(f.get(i), stemIds, blocks, i >= mainStart && i < mainEnd);
        if (i >= mainStart && i < mainEnd) {
          mainProse[prose++] = fromMain[i];
        }
      }
    }
    Arrays.sort(mainProse, 0, prose);
    double median = mainProse[prose / 2];
    if (median <= 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      fromMain[i] /= median;
    }
    // The article's end: the first copyright or contact line after the main region.
    int articleEnd = mainEnd;
    while (articleEnd < n && !(label[articleEnd] == BlockLabel.FURNITURE
        && (f.get(articleEnd).copyright() || f.get(articleEnd).contactOrLink()))) {
      articleEnd++;
    }
    for (int r = 0; r < starts.size(); r++) {
      int start = starts.get(r);
      int end = regionEnd(start);
      double weighted = 0;
      int words = 0;
      for (int i = start; i < end; i++) {
        if (r != main && f.get(i).prose()) {
          weighted += fromMain[i] * f.get(i).words();
          words += f.get(i).words();
        }
      }
      double share = words == 0 ? 1 : weighted / words;
      // The pronouns are read only for an off-topic region (counting them means reading the text).
      int pronouns = share < REGION_OFF_TOPIC && start <= articleEnd ? proseReaderPronouns(start, end) : 0;
      String register = start > articleEnd ? "after the article's end (a copyright or contact line)"
          : pronouns > 0 ? "addressing the reader (" + pronouns + " first/second-person pronoun(s) outside quotes)"
          : null;
      if (share < REGION_OFF_TOPIC && register != null) {
        for (int i = start; i < end; i++) {
          furniture(i, () -> "off-topic region (its prose's topic support is " + ratio(share)
              + " of the article's median, below " + ratio(REGION_OFF_TOPIC) + "), set apart by furniture, " + register);
        }
      }
    }
    if (replaceSupport) {
      System.arraycopy(fromMain, 0, support, 0, n);
      supportBasis = "the article's median";
    }
  }

  /** Whether an unlabeled block outside {@code [mainStart, mainEnd)} is prose: another region has prose. */
  private boolean hasProseOutside(int mainStart, int mainEnd) {
    for (int i = 0; i < n; i++) {
      if ((i < mainStart || i >= mainEnd) && label[i] == null && f.get(i).prose()) {
        return true;
      }
    }
    return false;
  }

  /** Reader pronouns in the prose blocks of {@code [start, end)}. */
  private int proseReaderPronouns(int start, int end) {
    int pronouns = 0;
    for (int i = start; i < end; i++) {
      pronouns += f.get(i).prose() ? f.get(i).readerPronouns() : 0;
    }
    return pronouns;
  }

  /** The end of the region of unlabeled blocks starting at {@code start}. */
  private int regionEnd(int start) {
    int end = start;
    while (end < n && label[end] == null) {
      end++;
    }
    return end;
  }

  /**
   * A block's topic support against the main region: the sum over its stems of log(1 + blocks
   * of the main region with the stem, the block itself not counted), over the square root of
   * its stem count.
   */
  private static double supportFromMain(BlockFeatures b, IntIntMap stemIds, IntList blocks, boolean inMain) {
    int[] stems = b.contentStems();
    if (stems.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int stem : stems) {
      int id = stemIds.get(stem);
      int count = id == IntIntMap.ABSENT ? 0 : blocks.get(id) - (inMain ? 1 : 0);
      sum += Math.log1p(count);
    }
    return sum / Math.sqrt(stems.length);
  }

  /**
   * Step 3c: walks from one end of the page towards the middle over blocks that are not
   * on-topic prose (furniture, fragments, off-topic prose), marking the off-topic prose there
   * as furniture. Each furniture block passed makes the next prose block more suspect: the
   * off-topic threshold rises by {@link #RUN_STEP} per furniture block, up to the unit's
   * maximum.
   *
   * @param singlePage topic support from the page alone is weaker evidence: the run starts only
   *     at a furniture block and takes only prose that also addresses the reader (a consent or
   *     share plea after the article), never a closing paragraph that merely uses new words
   */
  void markEdgeRun(boolean fromEnd, boolean singlePage) {
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
      if (support[i] >= threshold || furniture == 0 && (unit.runStartsAtFurniture || singlePage)
          || singlePage && f.get(i).readerPronouns() == 0) {
        return;
      }
      furniture(i, offTopic(support[i], threshold, " in a run of " + furniture + " furniture block(s) at the "
          + (fromEnd ? "end" : "start") + " of the page" + (singlePage ? ", addressing the reader" : "")));
      furniture++;
    }
  }

  /**
   * Step 4: the rest of the prose and table rows are body; a fragment is a heading only when
   * body follows it.
   */
  void labelByStructure() {
    BlockLabel next = null;
    for (int i = n - 1; i >= 0; i--) {
      if (label[i] == null) {
        BlockFeatures b = f.get(i);
        if (b.prose()) {
          double topic = support[i];
          String basis = supportBasis;
          label[i] = BlockLabel.BODY;
          reason[i] = () -> "prose (" + b.words() + " words, topic support " + ratio(topic) + " of " + basis + ")";
        } else if (tableRow[i]) {
          label[i] = BlockLabel.BODY;
          reason[i] = () -> "table row (" + b.items().items() + " items, in a run of rows with as many, some of them figures)";
        } else if (next == BlockLabel.BODY) {
          label[i] = BlockLabel.HEADING;
          reason[i] = () -> "heading: a fragment (" + fragmentShape(b) + ") followed by body text";
        } else {
          furniture(i, () -> "fragment (" + fragmentShape(b) + ") not followed by body text: menu, link or teaser");
        }
      }
      if (label[i] != BlockLabel.FURNITURE) {
        next = label[i];
      }
    }
  }

  /** Off-topic prose with its support against {@link #supportBasis} as it is now, then {@code detail}. */
  private Reason offTopic(double support, double threshold, String detail) {
    String basis = supportBasis;
    return () -> "off-topic prose (topic support " + ratio(support) + " of " + basis + ", below " + ratio(threshold) + ")"
        + detail;
  }

  private static String fragmentShape(BlockFeatures b) {
    return b.words() + " words, " + (b.endsLikeSentence() ? "title case" : "no final punctuation");
  }

  /**
   * The share with two decimals, as {@code String.format("%.2f")} writes it (half-up on the
   * shortest decimal form of the double) without the cost of a {@link java.util.Formatter}.
   */
  static String ratio(double share) {
    if (!Double.isFinite(share) || share < 0) {
      return String.format(java.util.Locale.ROOT, "%.2f", share);
    }
    return new BigDecimal(Double.toString(share)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
