package org.newsum.internal.cleaning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.newsum.cleaning.BlockLabel;

/**
 * The labels of one page of {@link FurnitureClassifier} while they are decided, step by step
 * (shape, captions, topic, structure); unlabeled blocks are null.
 */
final class PageLabels {
  /** A block repeated this many times within one page is form or widget text. */
  private static final int REPEATS_FOR_FURNITURE = 3;
  /** How much each furniture block of an edge run raises the off-topic threshold. */
  private static final double RUN_STEP = 0.05;

  private final BlockUnit unit;
  private final List<BlockFeatures> f;
  private final int n;
  /** Topic support relative to the page's median prose support. */
  private final double[] support;
  final BlockLabel[] label;
  final String[] reason;

  PageLabels(BlockUnit unit, List<BlockFeatures> f, double[] rawSupport, double median) {
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
    for (int i = 0; i < n; i++) {
      BlockFeatures b = f.get(i);
      int repeats = evidence.repeatsOnPage(doc, i);
      int otherPages = evidence.otherPagesWith(doc, i);
      String r = null;
      if (!b.hasLetters()) {
        r = "no words";
      } else if (repeats >= REPEATS_FOR_FURNITURE) {
        r = "repeated " + repeats + " times on the page (form or widget text)";
      } else if (evidence.copyOfEarlierBlock(doc, i)) {
        r = "copy of an earlier line of the page";
      } else if (b.photoCredit()) {
        r = "photo credit (capitalized names in a slash-separated parenthetical)";
      } else if (b.copyright()) {
        r = "copyright notice (copyright sign)";
      } else if (b.contactOrLink() && (!b.prose() || support[i] < unit.contactBelow())) {
        r = "contact address or link (e-mail or web address), topic support " + ratio(support[i]) + " of the page median";
      } else if (b.separators() > 0 && (unit == BlockUnit.LINE || !b.prose())) {
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

  private static String offTopic(double support, double threshold) {
    return "off-topic prose (topic support " + ratio(support) + " of the page median, below " + ratio(threshold) + ")";
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
