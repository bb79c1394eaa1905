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
 * <p>Trigrams are compared through a sorted array of (trigram hash, document) pairs, and pairs of documents are
 * counted only over trigrams that at most {@link #MAX_SHARING} documents use: copies share their rare trigrams as
 * much as their common ones, and without the cap a phrase every report uses ("the prime minister said") would make
 * the counting quadratic in the cluster's documents. News clusters of up to that many documents are compared over
 * every trigram.
 */
final class NearCopies {
  /** Most documents a trigram may be used by and still count towards the trigrams two documents share. */
  static final int MAX_SHARING = 64;
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
    long[] packed = trigrams(cluster, document);
    Arrays.sort(packed);
    int[] distinct = new int[documents];
    int n = 0;
    for (int k = 0; k < packed.length; k++) {
      if (k == 0 || packed[k] != packed[k - 1]) {
        packed[n++] = packed[k];
        distinct[(int) (packed[k] & ((1 << DOCUMENT_BITS) - 1))]++;
      }
    }
    LongIntMap pairs = new LongIntMap(64);
    long[] pairKeys = new long[64];
    int[] shared = new int[64];
    int[] users = new int[MAX_SHARING];
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && packed[end] >>> DOCUMENT_BITS == packed[start] >>> DOCUMENT_BITS) {
        end++;
      }
      if (end - start < 2 || end - start > MAX_SHARING) {
        continue;
      }
      for (int k = start; k < end; k++) {
        users[k - start] = (int) (packed[k] & ((1 << DOCUMENT_BITS) - 1));
      }
      for (int a = 0; a < end - start; a++) {
        for (int b = a + 1; b < end - start; b++) {
          long key = (long) users[a] * documents + users[b];
          int id = pairs.idOf(key);
          if (id == pairKeys.length) {
            pairKeys = Arrays.copyOf(pairKeys, 2 * id);
            shared = Arrays.copyOf(shared, 2 * id);
          }
          pairKeys[id] = key;
          shared[id]++;
        }
      }
    }
    int[] parent = new int[documents];
    for (int d = 0; d < documents; d++) {
      parent[d] = d;
    }
    for (int id = 0; id < pairs.size(); id++) {
      int a = (int) (pairKeys[id] / documents);
      int b = (int) (pairKeys[id] % documents);
      if (shared[id] >= minShare * Math.min(distinct[a], distinct[b])) {
        parent[root(parent, a)] = root(parent, b);
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

  /** Every word trigram of every sentence as (a 40-bit hash of its terms, its document), packed in one long. */
  private static long[] trigrams(AnalyzedCluster cluster, int[] document) {
    int count = 0;
    for (int i = 0; i < cluster.size(); i++) {
      count += Math.max(0, cluster.terms(i).length - 2);
    }
    long[] packed = new long[count];
    int n = 0;
    for (int i = 0; i < cluster.size(); i++) {
      int[] t = cluster.terms(i);
      for (int k = 0; k + 2 < t.length; k++) {
        long h = ((t[k] * 0x9E3779B97F4A7C15L + t[k + 1]) * 0xC2B2AE3D27D4EB4FL + t[k + 2]) * 0x165667B19E3779F9L;
        packed[n++] = (h >>> DOCUMENT_BITS) << DOCUMENT_BITS | document[i];
      }
    }
    return packed;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
