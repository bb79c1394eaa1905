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

  /** The LCS dynamic programme with ROUGE-1.5.5's tie-breaking; reuses its tables. */
  private static final class LcsTable {
    private static final byte DIAGONAL = 0;
    private static final byte UP = 1;
    private int[] lengths = new int[0];
    private byte[] moves = new byte[0];

    /** Marks in {@code mask} the tokens of {@code model} on the LCS with {@code peer}. */
    void markLcs(int[] model, int[] peer, boolean[] mask) {
      int m = model.length;
      int n = peer.length;
      if (m == 0) {
        return;
      }
      int width = n + 1;
      int cells = (m + 1) * width;
      if (lengths.length < cells) {
        lengths = new int[cells];
        moves = new byte[cells];
      }
      Arrays.fill(lengths, 0, width, 0);
      for (int i = 1; i <= m; i++) {
        int row = i * width;
        int up = row - width;
        lengths[row] = 0;
        int token = model[i - 1];
        for (int j = 1; j <= n; j++) {
          if (token == peer[j - 1]) {
            lengths[row + j] = lengths[up + j - 1] + 1;
            moves[row + j] = DIAGONAL;
          } else if (lengths[up + j] >= lengths[row + j - 1]) {
            lengths[row + j] = lengths[up + j];
            moves[row + j] = UP;
          } else {
            lengths[row + j] = lengths[row + j - 1];
            moves[row + j] = 2;
          }
        }
      }
      int i = m;
      int j = n;
      while (i > 0 && j > 0) {
        byte move = moves[i * width + j];
        if (move == DIAGONAL) {
          i--;
          j--;
          mask[i] = true;
        } else if (move == UP) {
          i--;
        } else {
          j--;
        }
      }
    }
  }
}
