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

  /**
   * Walking on from a hint gives the first token at or after the offset, as its definition does, for
   * every offset and every hint: one that every token before starts before the offset (walked on
   * from), and one past that (a sentence before the last one, so the answer lies behind it) or out
   * of range, where it falls back to the binary search.
   */
  @Test
  void firstAtOrAfterFromAHintIsTheFirstTokenAtOrAfterTheOffset() {
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      TextTokens tokens = new TextTokens(1);
      int at = random.nextInt(3);
      for (int k = random.nextInt(12); k > 0; k--) {
        int length = 1 + random.nextInt(4);
        tokens.add(k, 0, at, at + length, true);
        at += length + random.nextInt(3);
      }
      for (int offset = 0; offset <= at + 1; offset++) {
        int first = 0;
        while (first < tokens.size() && tokens.start(first) < offset) {
          first++;
        }
        for (int from = -1; from <= tokens.size() + 1; from++) {
          assertThat(tokens.firstAtOrAfter(offset, from)).as("offset %d from %d", offset, from).isEqualTo(first);
        }
      }
    }
  }
}
