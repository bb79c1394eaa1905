package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {
  @Test
  void wordSeparatorsAreWhiteSpaceNoBreakSpacesAndCjkPunctuation() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean expected = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0085'
          || Characters.isCjkPunctuation(ch);
      assertThat(Characters.isWordSeparator(ch)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void countsWordsAsRougeDoesAndEachCjkCharacterAsOne() {
    assertThat(Characters.countWords(" U.S.-Russian talks,\u00a0on\u3001Friday. ")).isEqualTo(4);
    assertThat(Characters.countWords("東京に行く")).isEqualTo(5);
  }

  @Test
  void terminalsAndClosers() {
    assertThat(Characters.isTerminal('\u3002')).isTrue();
    assertThat(Characters.isHalfWidthTerminal('\u3002')).isFalse();
    assertThat(Characters.isCloser('\u300d')).isTrue();
    assertThat(Characters.isCloser('(')).isFalse();
  }
}
