package org.newsum.evaluation.rouge;

import java.util.Arrays;

/** The LCS side of {@link Rouge}: summary-level union-LCS ROUGE-L with ROUGE-1.5.5's tie-breaking. */
final class RougeLcs {
  private RougeLcs() {}

  /**
   * Summary-level ROUGE-L: for each reference sentence, the union of its LCS tokens against every
   * peer sentence, clipped by the unigram counts of peer and reference.
   */
  static RougeScore unionLcs(RougeCounts.LocalIds local, double alpha) {
    int[] peerUnigrams = new int[local.size];
    for (int t : local.peer.tokens()) {
      peerUnigrams[t]++;
    }
    int longestPeerUnit = 0;
    for (int[] u : local.peer.units()) {
      longestPeerUnit = Math.max(longestPeerUnit, u.length);
    }
    LcsTable table = new LcsTable();
    long hits = 0;
    long base = 0;
    for (RougeText.Prepared ref : local.refs) {
      int[] modelLeft = new int[local.size];
      for (int t : ref.tokens()) {
        modelLeft[t]++;
      }
      int[] peerLeft = peerUnigrams.clone();
      for (int[] unit : ref.units()) {
        boolean[] mask = new boolean[unit.length];
        base += unit.length;
        for (int[] peerUnit : local.peer.units()) {
          table.markLcs(unit, peerUnit, mask);
        }
        for (int k = 0; k < unit.length; k++) {
          int t = unit[k];
          if (mask[k] && modelLeft[t] > 0 && peerLeft[t] > 0) {
            hits++;
            modelLeft[t]--;
            peerLeft[t]--;
          }
        }
      }
    }
    return RougeScore.of(hits, base, (long) local.refs.length * local.peer.tokens().length, alpha);
  }

  /**
   * The LCS with ROUGE-1.5.5's tie-breaking, in memory linear in the peer length. The programme's
   * rows are computed bit-parallel (Allison–Dix / Hyyrö: bit {@code j} of a row is set where the
   * LCS length grows at column {@code j + 1}), 64 columns per word. The traceback walks from the
   * last cell as ROUGE-1.5.5 does (diagonal on a match, else up when {@code c[i-1][j] >= c[i][j-1]},
   * else left); it needs the rows back to front, so only every {@code k}-th row
   * ({@code k ≈ √m}) is kept and each block of {@code k} rows is recomputed from its checkpoint when
   * the walk enters it: {@code O(√m · n / 64)} words and about twice the forward time,
   * {@code O(m · n / 64)}, instead of the {@code (m + 1)(n + 1)} cells of the plain table (which
   * overflowed an int index on two 70,000-word sentences). Reuses its buffers.
   */
  static final class LcsTable {
    /** Below this many words for all rows, every row is kept (one block, nothing recomputed). */
    private static final int KEEP_ALL_WORDS = 1 << 16;
    private long[] rows = new long[0];
    private long[] checkpoints = new long[0];
    /**
     * Where the model's {@code s}-th distinct token occurs in the peer, ascending:
     * {@code positions[positionStart[s] .. positionStart[s + 1])}.
     */
    private int[] positionStart = new int[1];
    private int[] positions = new int[0];
    private int[] fill = new int[0];
    /** By token id, the model token's slot (its rank among the model's distinct tokens), -1 elsewhere. */
    private int[] slotOf = new int[0];
    private int peerLength;

    /** Marks in {@code mask} the tokens of {@code model} on the LCS with {@code peer}. */
    void markLcs(int[] model, int[] peer, boolean[] mask) {
      int m = model.length;
      int n = peer.length;
      if (m == 0 || n == 0) {
        return;
      }
      indexPeer(model, peer);
      try {
        markIndexed(model, peer, mask);
      } finally {
        for (int t : model) {
          slotOf[t] = -1;
        }
      }
    }

    private void markIndexed(int[] model, int[] peer, boolean[] mask) {
      int m = model.length;
      int n = peer.length;
      int words = (n + 63) >>> 6;
      int block = (long) (m + 1) * words <= KEEP_ALL_WORDS ? m : Math.max(1, (int) Math.ceil(Math.sqrt(m)));
      int blocks = (m + block - 1) / block;
      checkpoints = grow(checkpoints, (long) blocks * words);
      rows = grow(rows, (long) (block + 1) * words);
      // Forward pass: row 0 has no LCS growth anywhere; keep the row starting each block.
      long[] row = new long[words];
      for (int b = 0; b < blocks; b++) {
        System.arraycopy(row, 0, checkpoints, b * words, words);
        int end = Math.min(m, (b + 1) * block);
        for (int i = b * block; i < end; i++) {
          step(row, 0, row, 0, words, model[i]);
        }
      }
      // Traceback, block by block from the last; `current` is c[i][j], `above` is c[i-1][j].
      int i = m;
      int j = n;
      int current = -1;
      for (int b = blocks - 1; b >= 0 && i > 0 && j > 0; b--) {
        int first = b * block;
        int count = i - first;
        System.arraycopy(checkpoints, b * words, rows, 0, words);
        for (int r = 1; r <= count; r++) {
          step(rows, (r - 1) * words, rows, r * words, words, model[first + r - 1]);
        }
        if (current < 0) {
          current = prefixCount(rows, count * words, j);
        }
        int above = prefixCount(rows, (count - 1) * words, j);
        while (i > first && j > 0) {
          int local = i - first;
          if (model[i - 1] == peer[j - 1]) {
            i--;
            j--;
            mask[i] = true;
            current--;
            if (i > first) {
              above = prefixCount(rows, (local - 2) * words, j);
            }
          } else if (above >= current - bit(rows, local * words, j)) {
            i--;
            current = above;
            if (i > first) {
              above = prefixCount(rows, (local - 2) * words, j);
            }
          } else {
            current -= bit(rows, local * words, j);
            above -= bit(rows, (local - 1) * words, j);
            j--;
          }
        }
      }
    }

    /** One row of the programme: {@code to} = the row after {@code from} for model token {@code token}. */
    private void step(long[] from, int fromOffset, long[] to, int toOffset, int words, int token) {
      int slot = slotOf[token];
      int p = positionStart[slot];
      int stop = positionStart[slot + 1];
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long matches = 0;
        int wordEnd = (w + 1) << 6;
        while (p < stop && positions[p] < wordEnd) {
          matches |= 1L << positions[p++];
        }
        // Rows are stored with set bits where the LCS grows; the recurrence is on the complement
        // V: V' = (V + U) | (V - U) with U = V & matches, and V - U = V & ~matches (U is within V).
        long v = ~from[fromOffset + w];
        long u = v & matches;
        long sum = v + u + carry;
        carry = Long.compareUnsigned(sum, v) < 0 || (carry == 1 && sum == v) ? 1 : 0;
        to[toOffset + w] = ~(sum | (v & ~matches));
      }
      int unused = words * 64 - peerLength;
      if (unused > 0) {
        to[toOffset + words - 1] &= -1L >>> unused;
      }
    }

    /** c[i][j]: the set bits among the first {@code j} columns of the row at {@code offset}. */
    private static int prefixCount(long[] rows, int offset, int j) {
      int full = j >>> 6;
      int count = 0;
      for (int w = 0; w < full; w++) {
        count += Long.bitCount(rows[offset + w]);
      }
      int rest = j & 63;
      if (rest > 0) {
        count += Long.bitCount(rows[offset + full] & (-1L >>> (64 - rest)));
      }
      return count;
    }

    /** c[i][j] - c[i][j-1] for the row at {@code offset}. */
    private static int bit(long[] rows, int offset, int j) {
      return (int) (rows[offset + ((j - 1) >>> 6)] >>> ((j - 1) & 63)) & 1;
    }

    /**
     * Gives the model's distinct tokens slots 0..d-1 and lists where each occurs in {@code peer}
     * (a counting sort by slot; peer tokens absent from the model are skipped). Costs the two
     * lengths, not the token ids' range: a peer of many short sentences is scored in time linear
     * in its length however large its vocabulary.
     */
    private void indexPeer(int[] model, int[] peer) {
      peerLength = peer.length;
      int bound = 0;
      for (int t : model) {
        bound = Math.max(bound, t + 1);
      }
      if (slotOf.length < bound) {
        int old = slotOf.length;
        slotOf = Arrays.copyOf(slotOf, Math.max(bound, 2 * old));
        Arrays.fill(slotOf, old, slotOf.length, -1);
      }
      int distinct = 0;
      for (int t : model) {
        if (slotOf[t] < 0) {
          slotOf[t] = distinct++;
        }
      }
      if (positionStart.length < distinct + 1) {
        positionStart = new int[distinct + 1];
        fill = new int[distinct + 1];
      }
      Arrays.fill(positionStart, 0, distinct + 1, 0);
      for (int t : peer) {
        int slot = t < bound ? slotOf[t] : -1;
        if (slot >= 0) {
          positionStart[slot + 1]++;
        }
      }
      for (int s = 0; s < distinct; s++) {
        positionStart[s + 1] += positionStart[s];
      }
      if (positions.length < peer.length) {
        positions = new int[peer.length];
      }
      System.arraycopy(positionStart, 0, fill, 0, distinct);
      for (int j = 0; j < peer.length; j++) {
        int t = peer[j];
        int slot = t < bound ? slotOf[t] : -1;
        if (slot >= 0) {
          positions[fill[slot]++] = j;
        }
      }
    }

    private static long[] grow(long[] array, long size) {
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("LCS rows too long: " + size + " words");
      }
      return array.length >= size ? array : new long[(int) size];
    }
  }
}
