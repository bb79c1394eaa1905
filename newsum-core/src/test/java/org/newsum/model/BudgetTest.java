package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsum.NewsumException;

class BudgetTest {
  @Test
  void wordsAreCountedLikeRougeDoes() {
    assertThat(Budget.countWords("  U.S.-Russian talks, on  Friday.\n")).isEqualTo(4);
    assertThat(Budget.words(10).cost("One two three.")).isEqualTo(3);
  }

  @Test
  void charactersLeaveOutWhiteSpaceAndCountCodePoints() {
    assertThat(Budget.characters(30).cost("北京 下雪。")).isEqualTo(5);
    assertThat(Budget.countCharacters("a\u00a0b \ud840\udc0b")).isEqualTo(3);
  }

  @Test
  void bytesAreUtf8Bytes() {
    assertThat(Budget.bytes(100).cost("Café")).isEqualTo(5);
  }

  @Test
  void sentencesCostOneEach() {
    assertThat(Budget.sentences(3).cost("Any sentence at all.")).isEqualTo(1);
  }

  @Test
  void zeroNegativeAndAbsurdBudgetsAreRefused() {
    assertThatThrownBy(() -> Budget.words(0)).isInstanceOf(NewsumException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Budget.bytes(-5)).isInstanceOf(NewsumException.class);
    assertThatThrownBy(() -> Budget.sentences(Budget.MAX_LIMIT + 1)).isInstanceOf(NewsumException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void theOneLimitGivenIsTheBudget() {
    assertThat(Budget.ofOneGiven(100, null, null, null)).contains(Budget.words(100));
    assertThat(Budget.ofOneGiven(null, 665, null, null)).contains(Budget.bytes(665));
    assertThat(Budget.ofOneGiven(null, null, 3, null)).contains(Budget.sentences(3));
    assertThat(Budget.ofOneGiven(null, null, null, 30)).contains(Budget.characters(30));
    assertThat(Budget.ofOneGiven(null, null, null, null)).isEmpty();
  }

  @Test
  void twoLimitsOrOneOutOfRangeAreRefused() {
    assertThatThrownBy(() -> Budget.ofOneGiven(100, 665, null, null)).isInstanceOf(NewsumException.class)
        .hasMessageContaining("one summary length");
    assertThatThrownBy(() -> Budget.ofOneGiven(null, null, 0, null)).isInstanceOf(NewsumException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void countsWordsAsPythonSplitDoes() {
    assertThat(Budget.countWords("  Putin met   Trump.\n")).isEqualTo(3);
    assertThat(Budget.countWords("accusations of\u00a0trying to\u202finfluence\u2007them")).isEqualTo(6);
    assertThat(Budget.countWords("")).isZero();
  }
}
