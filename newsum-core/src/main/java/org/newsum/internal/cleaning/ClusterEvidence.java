package org.newsum.internal.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.LongIntMap;

/**
 * What the other documents (or, for a single document, the other blocks) say about a block:
 * how many other pages carry the same line, and which content words occur elsewhere. Stems and
 * lines get dense ids of their own, so every count is an int array.
 */
final class ClusterEvidence {
  /** For every page and block, the block's distinct content stems as dense ids. */
  private final int[][][] stems;
  /** For every stem, the blocks of the cluster that contain it. */
  private final int[] stemBlocks;
  /** {@code Math.log1p(k)} for every count {@code k} of blocks with a stem: computed once per count, not per stem occurrence. */
  private final double[] log1p;
  /** For every page and block, the id of its line ({@link BlockFeatures#key}). */
  private final int[][] keys;
  /** For every line id, the pages that carry it. */
  private final int[] keyPages;
  /** For every page and block, how many blocks of the page carry its line. */
  private final int[][] repeats;
  /** For every page and block, whether an earlier block of the page carries its line. */
  private final boolean[][] copies;
  /** Scratch: for every stem, the blocks of the page at hand that contain it. */
  private final int[] own;
  private final IntList touched = new IntList();
  final boolean multiPage;

  ClusterEvidence(List<List<BlockFeatures>> pages) {
    // Dense ids in order of first sight, through an array indexed by the lexicon's stem id: the
    // stems are the lexicon's (bounded by its word limit), and a direct read is cheaper than a
    // hash probe per occurrence.
    int stemLimit = 0;
    for (List<BlockFeatures> page : pages) {
      for (BlockFeatures block : page) {
        int[] blockStems = block.contentStems();
        stemLimit = blockStems.length == 0 ? stemLimit : Math.max(stemLimit, blockStems[blockStems.length - 1] + 1);
      }
    }
    int[] stemIds = new int[stemLimit];
    Arrays.fill(stemIds, -1);
    IntList blocksPerStem = new IntList();
    LineIds lineIds = new LineIds(pages);
    IntList pagesPerKey = new IntList();
    IntList lastPageOfKey = new IntList();
    stems = new int[pages.size()][][];
    keys = new int[pages.size()][];
    int nonEmpty = 0;
    for (int d = 0; d < pages.size(); d++) {
      List<BlockFeatures> page = pages.get(d);
      stems[d] = new int[page.size()][];
      keys[d] = new int[page.size()];
      for (int b = 0; b < page.size(); b++) {
        int[] lexiconStems = page.get(b).contentStems();
        int[] local = new int[lexiconStems.length];
        for (int k = 0; k < local.length; k++) {
          int id = stemIds[lexiconStems[k]];
          if (id < 0) {
            id = blocksPerStem.size();
            stemIds[lexiconStems[k]] = id;
            blocksPerStem.add(0);
          }
          local[k] = id;
          blocksPerStem.set(id, blocksPerStem.get(id) + 1);
        }
        stems[d][b] = local;
        int id = lineIds.idOf(page.get(b));
        if (id == pagesPerKey.size()) {
          pagesPerKey.add(0);
          lastPageOfKey.add(-1);
        }
        if (lastPageOfKey.get(id) != d) {
          lastPageOfKey.set(id, d);
          pagesPerKey.set(id, pagesPerKey.get(id) + 1);
        }
        keys[d][b] = id;
      }
      nonEmpty += page.isEmpty() ? 0 : 1;
    }
    stemBlocks = blocksPerStem.toArray();
    int mostBlocks = 0;
    for (int count : stemBlocks) {
      mostBlocks = Math.max(mostBlocks, count);
    }
    log1p = new double[mostBlocks + 1];
    for (int k = 0; k <= mostBlocks; k++) {
      log1p[k] = Math.log1p(k);
    }
    keyPages = pagesPerKey.toArray();
    repeats = new int[keys.length][];
    copies = new boolean[keys.length][];
    countRepeats();
    own = new int[stemBlocks.length];
    multiPage = nonEmpty >= 2;
  }

  /**
   * What the rest of the cluster says about a page's words, from one count of the page's own
   * stems.
   *
   * @param support for each block, how strongly its content words recur in the rest of the
   *     cluster: the sum over its distinct stems of log(1 + blocks elsewhere containing the stem),
   *     divided by the square root of its stem count (a cosine with the rest of the cluster, up to
   *     a per-page factor); elsewhere means on other pages, or for a single page in its other
   *     blocks
   * @param sharedStemShare share of the page's distinct content stems that also occur on another page
   */
  record PageEvidence(double[] support, double sharedStemShare) {}

  /** The {@link PageEvidence} of {@code page}. */
  PageEvidence of(int page) {
    countOwn(page);
    double[] support = new double[stems[page].length];
    for (int b = 0; b < support.length; b++) {
      int[] blockStems = stems[page][b];
      if (blockStems.length == 0) {
        continue;
      }
      double sum = 0;
      for (int s : blockStems) {
        int elsewhere = stemBlocks[s] - (multiPage ? own[s] : 1);
        sum += log1p[elsewhere];
      }
      support[b] = sum / Math.sqrt(blockStems.length);
    }
    int distinct = touched.size();
    int shared = 0;
    for (int k = 0; k < distinct; k++) {
      int s = touched.get(k);
      if (stemBlocks[s] > own[s]) {
        shared++;
      }
    }
    clearOwn();
    return new PageEvidence(support, distinct == 0 ? 0 : (double) shared / distinct);
  }

  /**
   * Fills {@link #repeats} and {@link #copies} page by page with one scratch count per line id,
   * reset after each page, so the cost is linear in the number of blocks (not pages times lines).
   */
  private void countRepeats() {
    int[] count = new int[keyPages.length];
    for (int d = 0; d < keys.length; d++) {
      int[] page = keys[d];
      repeats[d] = new int[page.length];
      copies[d] = new boolean[page.length];
      for (int b = 0; b < page.length; b++) {
        copies[d][b] = count[page[b]]++ > 0;
      }
      for (int b = 0; b < page.length; b++) {
        repeats[d][b] = count[page[b]];
      }
      for (int key : page) {
        count[key] = 0;
      }
    }
  }

  /** How many blocks of {@code page} (block {@code b} included) carry the line of its block {@code b}. */
  int repeatsOnPage(int page, int b) {
    return repeats[page][b];
  }

  /** Whether an earlier block of {@code page} carries the line of its block {@code b}. */
  boolean copyOfEarlierBlock(int page, int b) {
    return copies[page][b];
  }

  /** How many pages other than {@code page} carry the line of its block {@code b}. */
  int otherPagesWith(int page, int b) {
    return keyPages[keys[page][b]] - 1;
  }

  private void countOwn(int page) {
    for (int[] blockStems : stems[page]) {
      for (int s : blockStems) {
        if (own[s]++ == 0) {
          touched.add(s);
        }
      }
    }
  }

  private void clearOwn() {
    for (int k = 0; k < touched.size(); k++) {
      own[touched.get(k)] = 0;
    }
    touched.clear();
  }

  /**
   * Dense ids of the blocks' lines ({@link BlockFeatures#key}), equal for equal lines: looked up
   * by the key's hash, and confirmed by comparing the keys themselves when a hash is met again
   * (a repeated line; two different lines with one hash get different ids).
   */
  private static final class LineIds {
    private final LongIntMap byHash;
    /** The first block seen with each hash, by the hash's id. */
    private final List<BlockFeatures> first = new ArrayList<>();
    /** The key of each hash's first block, made when the hash is met again. */
    private final List<String> firstKey = new ArrayList<>();
    /** The line id of each hash's first block, by the hash's id. */
    private final IntList firstLine = new IntList();
    /** Lines whose hash an earlier, different line has. */
    private final Map<String, Integer> collided = new HashMap<>();
    private int lines;

    LineIds(List<List<BlockFeatures>> pages) {
      int blocks = 0;
      for (List<BlockFeatures> page : pages) {
        blocks += page.size();
      }
      byHash = new LongIntMap(blocks);
    }

    int idOf(BlockFeatures block) {
      int h = byHash.idOf(block.keyHash() >>> 2); // LongIntMap takes keys below Long.MAX_VALUE
      if (h == first.size()) {
        first.add(block);
        firstKey.add(null);
        firstLine.add(lines);
        return lines++;
      }
      if (block.text().equals(first.get(h).text())) {
        return firstLine.get(h); // the same text (a page repeated in the cluster): the same line
      }
      if (firstKey.get(h) == null) {
        firstKey.set(h, first.get(h).key());
      }
      String key = block.key();
      if (key.equals(firstKey.get(h))) {
        return firstLine.get(h);
      }
      Integer line = collided.putIfAbsent(key, lines);
      return line == null ? lines++ : line;
    }
  }
}
