package org.newsum.internal.text;

import java.util.Arrays;

/**
 * A reusable scratch set of non-negative int ids (a sentence's terms, a block's stems) that gives
 * back its distinct ids in ascending order, each with the number of times it was added, in time
 * linear in the ids added: a bitmap of the ids present, a summary bitmap of the bitmap's non-zero
 * words, and a count per id. It takes the place of sorting a short array to drop or count its
 * repeats, an insertion sort (quadratic) for the few dozen ids at hand. Taking the ids empties the
 * set. Not thread-safe.
 */
public final class AscendingIds {
  private final boolean counting;
  /** Bit {@code id % 64} of word {@code id / 64}: whether {@code id} is in the set. */
  private long[] bits;
  /** Bit {@code w % 64} of word {@code w / 64}: whether word {@code w} of {@link #bits} is not zero. */
  private long[] summary;
  /** By id, how many times it was added (only when {@link #counting}). */
  private int[] counts;
  private int distinct;
  /** The lowest and the highest word of {@link #summary} set since the set was last emptied. */
  private int lowSummary = Integer.MAX_VALUE;
  private int highSummary = -1;

  /**
   * An empty set sized for ids below {@code limit} (it grows for larger ones); {@code counting}
   * whether it counts how often each id is added ({@link #take(int[], double[])}).
   */
  public AscendingIds(int limit, boolean counting) {
    this.counting = counting;
    int words = Math.max(1, (limit + 63) >>> 6);
    bits = new long[words];
    summary = new long[(words + 63) >>> 6];
    counts = counting ? new int[words << 6] : null;
  }

  /** Adds {@code id} (not negative). */
  public void add(int id) {
    int w = id >>> 6;
    if (w >= bits.length) {
      grow(w);
    }
    long word = bits[w];
    long bit = 1L << id;
    if ((word & bit) == 0) {
      if (word == 0) {
        int s = w >>> 6;
        summary[s] |= 1L << w;
        lowSummary = Math.min(lowSummary, s);
        highSummary = Math.max(highSummary, s);
      }
      bits[w] = word | bit;
      distinct++;
    }
    if (counting) {
      counts[id]++;
    }
  }

  /** The ids below this one are held without the set growing. */
  public int idLimit() {
    return bits.length << 6;
  }

  /** The number of distinct ids in the set. */
  public int distinct() {
    return distinct;
  }

  /**
   * Writes the distinct ids in ascending order to {@code ids[0, distinct())} and, when counting,
   * the number of times each was added to {@code times} (as a double: the sum of that many 1.0);
   * empties the set.
   *
   * @param ids null to write nothing (only empty the set)
   * @param times null to write no counts
   */
  public void take(int[] ids, double[] times) {
    int k = 0;
    for (int s = lowSummary; s <= highSummary; s++) {
      long nonZero = summary[s];
      summary[s] = 0;
      while (nonZero != 0) {
        int w = s << 6 | Long.numberOfTrailingZeros(nonZero);
        nonZero &= nonZero - 1;
        long word = bits[w];
        bits[w] = 0;
        while (word != 0) {
          int id = w << 6 | Long.numberOfTrailingZeros(word);
          word &= word - 1;
          if (ids != null) {
            ids[k] = id;
          }
          if (counting) {
            if (times != null) {
              times[k] = counts[id];
            }
            counts[id] = 0;
          }
          k++;
        }
      }
    }
    distinct = 0;
    lowSummary = Integer.MAX_VALUE;
    highSummary = -1;
  }

  /** Empties the set (whatever a caller that failed half-way left in it). */
  public void clear() {
    take(null, null);
  }

  /** The distinct ids in ascending order, in a new array; empties the set. */
  public int[] take() {
    int[] ids = new int[distinct];
    take(ids, null);
    return ids;
  }

  private void grow(int word) {
    int words = Math.max(word + 1, 2 * bits.length);
    bits = Arrays.copyOf(bits, words);
    summary = Arrays.copyOf(summary, (words + 63) >>> 6);
    if (counting) {
      counts = Arrays.copyOf(counts, words << 6);
    }
  }
}
