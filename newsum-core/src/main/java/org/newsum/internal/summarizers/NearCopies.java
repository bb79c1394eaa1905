package org.newsum.internal.summarizers;

import java.util.Arrays;
import org.newsum.internal.text.LongIntMap;
import org.newsum.text.AnalyzedCluster;

/**
 * Groups of near-identical documents in a cluster: wire copies and updated editions of one story. Concept weights
 * count documents, so a story filed three times would count each of its concepts three times and outweigh what
 * independent reports agree on; {@link BigramConcepts} divides each document's weight by the size of its group
 * instead, so that a group counts as one document. Two documents are copies when at least a share {@code minShare}
 * of the smaller one's distinct word trigrams (term ids within a sentence, stop words included) are also the
 * other's; a group is what that relation joins (single link).
 *
 * <p>Trigrams are compared through a hash table from each trigram to the documents that use it (a sort of every
 * trigram cost a tenth of the whole pipeline on DUC 2006), after two bitmaps have set aside those used once in the
 * whole cluster (82 % of DUC 2006's, 64 % of DUC 2004's), which count towards their document's trigrams and are
 * shared with no other; each document counts the trigrams it shares with every later one in a dense array, over the trigrams that at most {@link #MAX_SHARING} documents use: copies share their
 * rare trigrams as much as their common ones, and without the cap a phrase every report uses ("the prime minister said") would make
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
   * share nearly all, so the estimate need not be fine, while comparing every trigram of thousands of
   * articles cost more than building the concepts. A document with fewer than {@link #MIN_SAMPLED} sampled trigrams
   * is then too short to tell and stays alone.
   */
  static final int SAMPLE_BITS = 3;
  /** Fewest sampled trigrams a document needs to be compared at all. */
  static final int MIN_SAMPLED = 4;
  /**
   * Most bits of each of the two bitmaps that find the trigrams used once (8 per trigram up to this): past it they
   * fill up and let more trigrams through to the table, which counts them all the same.
   */
  private static final long MAX_BITS = 1L << 27;
  /** Bits of a trigram's hash that identify it (two trigrams with the same count as one). */
  private static final int HASH_BITS = 40;

  private NearCopies() {}

  /**
   * The size of each document's group of near-copies, 1 for a document that has none; all 1 when
   * {@code minShare} is 0 (off).
   */
  static int[] groupSizes(AnalyzedCluster cluster, double minShare) {
    int documents = cluster.documentCount();
    int[] sizes = new int[documents];
    Arrays.fill(sizes, 1);
    if (minShare <= 0 || documents < 2) {
      return sizes;
    }
    long all = 0;
    for (int i = 0; i < cluster.size(); i++) {
      all += Math.max(0, cluster.terms(i).length - 2);
    }
    boolean sampled = all > EXACT_TRIGRAMS;
    // Each document's (sampled) trigrams, hashed once for both passes below.
    Trigrams trigrams = Trigrams.of(cluster, sampled ? 64 - SAMPLE_BITS : 64,
        (int) Math.min(Integer.MAX_VALUE / 2, sampled ? all >>> SAMPLE_BITS : all));
    long[] ids = trigrams.ids();
    int count = trigrams.count();
    // A first pass marks each trigram's bit in `once`, or in `again` when it was marked already: a trigram whose bit
    // never gets to `again` occurs once in the cluster (two trigrams with the same identifying bits share a bit, so
    // they go on below, as they would count as one), so it adds one to its document's distinct trigrams and can be
    // shared by no other: it needs no run. Most of a cluster's trigrams are such.
    int bits = Integer.highestOneBit((int) Math.min(MAX_BITS, Math.max(64, 8L * count)) - 1) << 1;
    long[] once = new long[bits >>> 6];
    long[] again = new long[bits >>> 6];
    int repeats = 0;
    for (int j = 0; j < count; j++) {
      // Without a branch: whether a trigram was met before follows no pattern.
      int bit = (int) ids[j] & (bits - 1);
      long mask = 1L << bit;
      long before = once[bit >>> 6] & mask;
      again[bit >>> 6] |= before;
      once[bit >>> 6] |= mask;
      repeats += (int) (before >>> bit);
    }
    // Each distinct trigram of the others (its hash) a run id, and each document's distinct runs as its entries, in
    // document order: a document's sentences are one range of the cluster's, so a run seen last by this document is a
    // repeat. Those others are at most twice the repeats counted above (each bit in `again` was met once before).
    int others = Math.min(count, 2 * repeats);
    LongIntMap runIds = new LongIntMap(others);
    int[] entries = new int[others];
    int[] entryStart = new int[documents + 1];
    int[] lastDocument = new int[others];
    int[] runSize = new int[others];
    int[] distinct = new int[documents];
    int longest = 0;
    for (int d = 0, start = 0; d < documents; start = trigrams.ends()[d++]) {
      longest = Math.max(longest, trigrams.ends()[d] - start);
    }
    int[] met = new int[longest];
    int n = 0;
    for (int d = 0, j = 0; d < documents; d++) {
      entryStart[d] = n;
      // The document's trigrams met again in the cluster, listed without a branch (most are met once, in no pattern).
      int metCount = 0;
      int start = j;
      for (int end = trigrams.ends()[d]; j < end; j++) {
        int bit = (int) ids[j] & (bits - 1);
        met[metCount] = j;
        metCount += (int) (again[bit >>> 6] >>> bit) & 1;
      }
      distinct[d] = j - start - metCount; // the trigrams met once: each distinct
      for (int m = 0; m < metCount; m++) {
        int run = runIds.idOf(ids[met[m]]);
        if (runSize[run] == 0 || lastDocument[run] != d) {
          lastDocument[run] = d;
          runSize[run]++;
          entries[n++] = run;
        }
      }
    }
    entryStart[documents] = n;
    for (int d = 0; d < documents; d++) {
      distinct[d] += entryStart[d + 1] - entryStart[d];
    }
    // The documents of each run, in document order, and where each entry's document stands among them.
    int runs = runIds.size();
    int[] runStart = new int[runs + 1];
    for (int r = 0; r < runs; r++) {
      runStart[r + 1] = runStart[r] + runSize[r];
    }
    int[] runDocuments = new int[n];
    int[] entryAt = new int[n];
    int[] next = Arrays.copyOf(runStart, runs);
    for (int d = 0; d < documents; d++) {
      for (int e = entryStart[d]; e < entryStart[d + 1]; e++) {
        entryAt[e] = next[entries[e]]++;
        runDocuments[entryAt[e]] = d;
      }
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
        int run = entries[e];
        int size = runStart[run + 1] - runStart[run];
        if (size < 2 || size > MAX_SHARING) {
          continue;
        }
        for (int k = entryAt[e] + 1; k < runStart[run + 1]; k++) { // the later documents of the run
          int b = runDocuments[k];
          if (distinct[b] >= fewest && shared[b]++ == 0) {
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
   * A cluster's trigrams (of term ids, within a sentence) whose hash passes the sample, each as the top {@value
   * #HASH_BITS} bits of its hash, in sentence order: {@code ids[0, count)}; document {@code d}'s end at {@code
   * ends[d]}.
   */
  private record Trigrams(long[] ids, int count, int[] ends) {
    /** With {@code shift} 64 every trigram, else those whose hash shifted right by it is 0; about {@code expected}. */
    static Trigrams of(AnalyzedCluster cluster, int shift, int expected) {
      long[] ids = new long[Math.max(16, expected)];
      int count = 0;
      int[] ends = new int[cluster.documentCount()];
      for (int d = 0, i = 0; d < ends.length; d++) {
        for (int end = i + cluster.documentSentenceCount(d); i < end; i++) {
          int[] t = cluster.terms(i);
          for (int k = 0; k + 2 < t.length; k++) {
            long h = hash(t[k], t[k + 1], t[k + 2]);
            if (shift == 64 || h >>> shift == 0) {
              if (count == ids.length) {
                ids = Arrays.copyOf(ids, 2 * count);
              }
              ids[count++] = h >>> (64 - HASH_BITS);
            }
          }
        }
        ends[d] = count;
      }
      return new Trigrams(ids, count, ends);
    }
  }

  /** A 64-bit hash of a trigram of term ids; its top {@value #HASH_BITS} bits identify the trigram. */
  private static long hash(int first, int second, int third) {
    return ((first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL + third) * 0x165667B19E3779F9L;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
