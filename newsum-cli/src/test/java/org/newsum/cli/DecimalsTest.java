package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void roundsLikePythonPercentFormatting() {
    assertThat(Decimals.fixed(0.015625, 5)).isEqualTo("0.01562"); // exact tie: to even, as Python
    assertThat(Decimals.fixed(0.015635, 5)).isEqualTo("0.01563"); // binary value is just below the tie
    assertThat(Decimals.fixed(2.0 / 3, 5)).isEqualTo("0.66667");
    assertThat(Decimals.fixed(0, 5)).isEqualTo("0.00000");
  }
}
