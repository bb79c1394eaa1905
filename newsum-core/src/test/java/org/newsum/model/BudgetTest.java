package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetTest {
  @Test
  void countsWordsAsPythonSplitDoes() {
    assertThat(Budget.countWords("  Putin met   Trump.\n")).isEqualTo(3);
    assertThat(Budget.countWords("accusations of\u00a0trying to\u202finfluence\u2007them")).isEqualTo(6);
    assertThat(Budget.countWords("")).isZero();
  }
}
