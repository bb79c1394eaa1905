package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeLcsTest {
  @Test
  void marksTheSameTokensAsRouge155sFullTableOnRandomSequences() {
    Random random = new Random(10);
    RougeLcs.LcsTable table = new RougeLcs.LcsTable();
    // Lengths across word boundaries (64) and past the size kept in one block (several blocks).
    int[][] sizes = {{1, 1}, {5, 9}, {40, 70}, {130, 64}, {64, 200}, {700, 650}, {2100, 1900}};
    for (int[] size : sizes) {
      for (int round = 0; round < 6; round++) {
        int alphabet = 2 + random.nextInt(round % 2 == 0 ? 4 : 60);
        int[] model = random.ints(size[0], 0, alphabet).toArray();
        int[] peer = random.ints(size[1], 0, alphabet + 3).toArray();
        boolean[] expected = new boolean[model.length];
        boolean[] actual = new boolean[model.length];
        fullTable(model, peer, expected);
        table.markLcs(model, peer, actual);
        assertThat(actual).as("%d x %d, alphabet %d", size[0], size[1], alphabet).isEqualTo(expected);
      }
    }
  }

  @Test
  void tokenIdsFarApartAndPeerTokensOutsideTheModelMarkAsTheFullTable() {
    // The peer is indexed by the model's distinct tokens, not by token id: ids in the millions,
    // many peer tokens the model lacks, and one table reused across models of other tokens.
    Random random = new Random(11);
    RougeLcs.LcsTable table = new RougeLcs.LcsTable();
    for (int round = 0; round < 40; round++) {
      int offset = random.nextInt(3) * 1_000_000;
      int[] model = random.ints(1 + random.nextInt(50), 0, 20).map(t -> t * 37 + offset).toArray();
      int[] peer = random.ints(1 + random.nextInt(150), 0, 60).map(t -> t * 37 + offset).toArray();
      boolean[] expected = new boolean[model.length];
      boolean[] actual = new boolean[model.length];
      fullTable(model, peer, expected);
      table.markLcs(model, peer, actual);
      assertThat(actual).as("round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void seventyThousandWordSentencesNeedLittleMemory() {
    // The full table of two 70,000-token sentences has 4.9e9 cells: its int index overflowed.
    Random random = new Random(70);
    int[] model = random.ints(70_000, 0, 5_000).toArray();
    int[] peer = random.ints(70_000, 0, 5_000).toArray();
    boolean[] mask = new boolean[model.length];
    new RougeLcs.LcsTable().markLcs(model, peer, mask);
    int marked = 0;
    for (boolean b : mask) {
      marked += b ? 1 : 0;
    }
    assertThat(marked).isBetween(1, 70_000);
  }

  /** ROUGE-1.5.5's dynamic programme and traceback as rouge.py writes it (quadratic memory). */
  private static void fullTable(int[] model, int[] peer, boolean[] mask) {
    int m = model.length;
    int n = peer.length;
    int[][] c = new int[m + 1][n + 1];
    int[][] b = new int[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        if (model[i - 1] == peer[j - 1]) {
          c[i][j] = c[i - 1][j - 1] + 1;
        } else if (c[i - 1][j] >= c[i][j - 1]) {
          c[i][j] = c[i - 1][j];
          b[i][j] = 1;
        } else {
          c[i][j] = c[i][j - 1];
          b[i][j] = 2;
        }
      }
    }
    int i = m;
    int j = n;
    while (i > 0 && j > 0) {
      if (b[i][j] == 0) {
        mask[--i] = true;
        j--;
      } else if (b[i][j] == 1) {
        i--;
      } else {
        j--;
      }
    }
  }
}
