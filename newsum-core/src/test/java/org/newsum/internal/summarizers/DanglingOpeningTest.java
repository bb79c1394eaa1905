package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DanglingOpeningTest {
  @Test
  void connectivesAndPronounsDangle() {
    assertThat(DanglingOpening.isDangling("But the talks failed.")).isTrue();
    assertThat(DanglingOpening.isDangling("However, the vote was delayed.")).isTrue();
    assertThat(DanglingOpening.isDangling("He said the plan would work.")).isTrue();
    assertThat(DanglingOpening.isDangling("\"They will come back,\" an aide said.")).isTrue();
    assertThat(DanglingOpening.isDangling("The latter was not consulted.")).isTrue();
  }

  @Test
  void selfContainedOpeningsDoNot() {
    assertThat(DanglingOpening.isDangling("Hun Sen said the plan would work.")).isFalse();
    assertThat(DanglingOpening.isDangling("The talks failed on Monday.")).isFalse();
    assertThat(DanglingOpening.isDangling("Heavy rain hit the coast.")).isFalse();
  }

  @Test
  void openersAreListedPerLanguage() {
    assertThat(DanglingOpening.isDangling(DanglingOpening.ENGLISH, "But the talks failed.")).isTrue();
    assertThat(DanglingOpening.isDangling("xx", "But the talks failed.")).isFalse();
  }
}
