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
 * trigram cost a tenth of the whole pipeline on DUC 2006); each document counts the trigrams it shares with every
 * later one in a dense array, over the trigrams that at most {@link #MAX_SHARING} documents use: copies share their
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
    int shift = sampled ? 64 - SAMPLE_BITS : 64;
    int count = sampled ? sampledTrigrams(cluster, shift) : (int) all;
    // Each distinct trigram (its hash) a run id, and each document's distinct runs as its entries, in document
    // order: a document's sentences are one range of the cluster's, so a run seen last by this document is a repeat.
    LongIntMap runIds = new LongIntMap(count);
    int[] entries = new int[count];
    int[] entryStart = new int[documents + 1];
    int[] lastDocument = new int[count];
    int[] runSize = new int[count];
    int n = 0;
    for (int d = 0, i = 0; d < documents; d++) {
      entryStart[d] = n;
      for (int end = i + cluster.documentSentenceCount(d); i < end; i++) {
        int[] t = cluster.terms(i);
        for (int k = 0; k + 2 < t.length; k++) {
          long h = hash(t[k], t[k + 1], t[k + 2]);
          if (shift == 64 || h >>> shift == 0) {
            int run = runIds.idOf(h >>> (64 - HASH_BITS));
            if (runSize[run] == 0 || lastDocument[run] != d) {
              lastDocument[run] = d;
              runSize[run]++;
              entries[n++] = run;
            }
          }
        }
      }
    }
    entryStart[documents] = n;
    int[] distinct = new int[documents];
    for (int d = 0; d < documents; d++) {
      distinct[d] = entryStart[d + 1] - entryStart[d];
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

  /** How many of the cluster's trigrams are {@linkplain #SAMPLE_BITS sampled} when their hash is shifted by {@code shift}. */
  private static int sampledTrigrams(AnalyzedCluster cluster, int shift) {
    int count = 0;
    for (int i = 0; i < cluster.size(); i++) {
      int[] t = cluster.terms(i);
      for (int k = 0; k + 2 < t.length; k++) {
        if (hash(t[k], t[k + 1], t[k + 2]) >>> shift == 0) {
          count++;
        }
      }
    }
    return count;
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
