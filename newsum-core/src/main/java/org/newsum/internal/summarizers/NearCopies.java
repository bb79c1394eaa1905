package org.newsum.internal.summarizers;

import java.util.Arrays;
import org.newsum.text.AnalyzedCluster;

/**
 * Groups of near-identical documents in a cluster: wire copies and updated editions of one story. Concept weights
 * count documents, so a story filed three times would count each of its concepts three times and outweigh what
 * independent reports agree on; {@link BigramConcepts} divides each document's weight by the size of its group
 * instead, so that a group counts as one document. Two documents are copies when at least a share {@code minShare}
 * of the smaller one's distinct word trigrams (term ids within a sentence, stop words included) are also the
 * other's; a group is what that relation joins (single link).
 *
 * <p>Trigrams are compared through a sorted array of (trigram hash, document) pairs; each document counts the
 * trigrams it shares with every later one in a dense array, over the trigrams that at most {@link #MAX_SHARING}
 * documents use: copies share their rare trigrams as
 * much as their common ones, and without the cap a phrase every report uses ("the prime minister said") would make
 * the counting quadratic in the cluster's documents. News clusters of up to that many documents are compared over
 * every trigram; a cluster of more than {@link #EXACT_TRIGRAMS} trigrams over a sample of them.
 */
final class NearCopies {
  /** Most documents a trigram may be used by and still count towards the trigrams two documents share. */
  static final int MAX_SHARING = 64;
  /**
   * Clusters of up to this many trigrams (every news cluster: a DUC cluster of 25 articles has about 15,000) compare
   * every trigram; larger ones a sample.
   */
  static final int EXACT_TRIGRAMS = 1 << 17;
  /**
   * Of a larger cluster, only the trigrams whose hash starts with this many zero bits are compared (one in 8): the
   * share a sample of a document's trigrams has in another estimates the share of all (as in MinHash), and copies
   * share nearly all, so the estimate need not be fine, while sorting and comparing every trigram of thousands of
   * articles cost more than building the concepts. A document with fewer than {@link #MIN_SAMPLED} sampled trigrams
   * is then too short to tell and stays alone.
   */
  static final int SAMPLE_BITS = 3;
  /** Fewest sampled trigrams a document needs to be compared at all. */
  static final int MIN_SAMPLED = 4;
  /** Bits of a packed pair that hold the document; the trigram's hash has the other 40. */
  private static final int DOCUMENT_BITS = 24;

  private NearCopies() {}

  /**
   * The size of each document's group of near-copies, 1 for a document that has none; all 1 when
   * {@code minShare} is 0 (off). {@code document} gives each sentence's document ({@link BigramConcepts#documentOf}).
   */
  static int[] groupSizes(AnalyzedCluster cluster, int[] document, double minShare) {
    int documents = cluster.documentCount();
    int[] sizes = new int[documents];
    Arrays.fill(sizes, 1);
    if (minShare <= 0 || documents < 2 || documents > 1 << DOCUMENT_BITS) {
      return sizes;
    }
    long all = 0;
    for (int i = 0; i < cluster.size(); i++) {
      all += Math.max(0, cluster.terms(i).length - 2);
    }
    boolean sampled = all > EXACT_TRIGRAMS;
    long[] packed = trigrams(cluster, document, sampled);
    Arrays.sort(packed);
    int[] distinct = new int[documents];
    int n = 0;
    for (int k = 0; k < packed.length; k++) {
      if (k == 0 || packed[k] != packed[k - 1]) {
        packed[n++] = packed[k];
        distinct[documentOf(packed[k])]++;
      }
    }
    // The runs of equal trigrams in the sorted array, and each document's entries (counting sort by document).
    int[] runOf = new int[n];
    int[] runStart = new int[n + 1];
    int runs = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || packed[k] >>> DOCUMENT_BITS != packed[k - 1] >>> DOCUMENT_BITS) {
        runStart[runs++] = k;
      }
      runOf[k] = runs - 1;
    }
    runStart[runs] = n;
    int[] entryStart = new int[documents + 1];
    for (int d = 0; d < documents; d++) {
      entryStart[d + 1] = entryStart[d] + distinct[d];
    }
    int[] entries = new int[n];
    int[] next = Arrays.copyOf(entryStart, documents);
    for (int k = 0; k < n; k++) {
      entries[next[documentOf(packed[k])]++] = k;
    }
    // For each document, the trigrams it shares with each later one, counted in a dense array.
    int[] parent = new int[documents];
    for (int d = 0; d < documents; d++) {
      parent[d] = d;
    }
    int[] shared = new int[documents];
    int[] touched = new int[documents];
    int fewest = sampled ? MIN_SAMPLED : 1;
    for (int a = 0; a < documents; a++) {
      if (distinct[a] < fewest) {
        continue;
      }
      int touchedCount = 0;
      for (int e = entryStart[a]; e < entryStart[a + 1]; e++) {
        int run = runOf[entries[e]];
        int from = runStart[run];
        int to = runStart[run + 1];
        if (to - from < 2 || to - from > MAX_SHARING) {
          continue;
        }
        for (int k = from; k < to; k++) {
          int b = documentOf(packed[k]);
          if (b > a && distinct[b] >= fewest && shared[b]++ == 0) {
            touched[touchedCount++] = b;
          }
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int b = touched[t];
        if (shared[b] >= minShare * Math.min(distinct[a], distinct[b])) {
          parent[root(parent, a)] = root(parent, b);
        }
        shared[b] = 0;
      }
    }
    int[] groups = new int[documents];
    for (int d = 0; d < documents; d++) {
      groups[root(parent, d)]++;
    }
    for (int d = 0; d < documents; d++) {
      sizes[d] = groups[root(parent, d)];
    }
    return sizes;
  }

  /**
   * The word trigrams of every sentence as (a 40-bit hash of its terms, its document), packed in one long; when
   * {@code sampled}, only the {@linkplain #SAMPLE_BITS sampled} ones.
   */
  private static long[] trigrams(AnalyzedCluster cluster, int[] document, boolean sampled) {
    int shift = sampled ? 64 - SAMPLE_BITS : 64;
    int count = 0;
    for (int pass = 0; pass < 2; pass++) {
      long[] packed = pass == 0 ? null : new long[count];
      int n = 0;
      for (int i = 0; i < cluster.size(); i++) {
        int[] t = cluster.terms(i);
        for (int k = 0; k + 2 < t.length; k++) {
          long h = ((t[k] * 0x9E3779B97F4A7C15L + t[k + 1]) * 0xC2B2AE3D27D4EB4FL + t[k + 2]) * 0x165667B19E3779F9L;
          if (shift == 64 || h >>> shift == 0) {
            if (packed != null) {
              packed[n] = (h >>> DOCUMENT_BITS) << DOCUMENT_BITS | document[i];
            }
            n++;
          }
        }
      }
      if (packed != null) {
        return packed;
      }
      count = n;
    }
    throw new AssertionError("unreachable");
  }

  private static int documentOf(long packed) {
    return (int) (packed & ((1 << DOCUMENT_BITS) - 1));
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
