package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTokensTest {
  /** Dropping ranges in place keeps exactly the tokens of the kept ranges, in order, as a copy of them would. */
  @Test
  void retainRangesKeepsTheKeptRangesInOrder() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int ranges = random.nextInt(6);
      int[] bounds = new int[ranges + 1];
      boolean[] kept = new boolean[ranges];
      TextTokens tokens = new TextTokens(1);
      List<int[]> expected = new ArrayList<>();
      for (int r = 0; r < ranges; r++) {
        kept[r] = random.nextBoolean();
        for (int k = random.nextInt(4); k > 0; k--) {
          int[] token = {random.nextInt(100), random.nextInt(100), 2 * tokens.size(), 2 * tokens.size() + 1};
          tokens.add(token[0], token[1], token[2], token[3], random.nextBoolean());
          if (kept[r]) {
            expected.add(token);
          }
        }
        bounds[r + 1] = tokens.size();
      }
      tokens.retainRanges(bounds, kept);
      assertThat(tokens.size()).isEqualTo(expected.size());
      for (int k = 0; k < expected.size(); k++) {
        int[] token = expected.get(k);
        assertThat(new int[] {tokens.word(k), tokens.stem(k), tokens.start(k), tokens.end(k)})
            .containsExactly(token[0], token[1] >>> Lexicon.INFO_FLAGS, token[2], token[3]);
        assertThat(tokens.isStopWord(k)).isEqualTo((token[1] & Lexicon.STOP) != 0);
        assertThat(tokens.hasLetter(k)).isEqualTo((token[1] & Lexicon.LETTER) != 0);
      }
    }
  }
}
