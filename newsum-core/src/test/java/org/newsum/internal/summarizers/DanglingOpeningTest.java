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

  @Test
  void eachLanguageHasItsOwnOpeners() {
    assertThat(DanglingOpening.isDangling("de", "Aber die Gespräche scheiterten am Montag.")).isTrue();
    assertThat(DanglingOpening.isDangling("de", "Er sagte, der Plan werde funktionieren.")).isTrue();
    assertThat(DanglingOpening.isDangling("de", "Dies war der dritte Sturm des Jahres.")).isTrue();
    assertThat(DanglingOpening.isDangling("de", "Der Sturm traf die Küste am Montag.")).isFalse();
    assertThat(DanglingOpening.isDangling("fr", "Mais les négociations ont échoué lundi.")).isTrue();
    assertThat(DanglingOpening.isDangling("fr", "« Elle reviendra », a dit un proche.")).isTrue();
    assertThat(DanglingOpening.isDangling("fr", "Par ailleurs, le vote a été reporté.")).isTrue();
    assertThat(DanglingOpening.isDangling("fr", "La tempête a frappé la côte lundi.")).isFalse();
    assertThat(DanglingOpening.isDangling("es", "Pero las negociaciones fracasaron el lunes.")).isTrue();
    assertThat(DanglingOpening.isDangling("es", "Él dijo que el plan funcionaría.")).isTrue();
    assertThat(DanglingOpening.isDangling("es", "Sin embargo, la votación se aplazó.")).isTrue();
    assertThat(DanglingOpening.isDangling("es", "La tormenta azotó la costa el lunes.")).isFalse();
    assertThat(DanglingOpening.isDangling("ru", "Но переговоры в понедельник провалились.")).isTrue();
    assertThat(DanglingOpening.isDangling("ru", "Она сказала, что план сработает.")).isTrue();
    assertThat(DanglingOpening.isDangling("ru", "Шторм обрушился на побережье в понедельник.")).isFalse();
  }

  @Test
  void anotherLanguagesOpenersDoNotApply() {
    assertThat(DanglingOpening.isDangling("de", "But the talks failed.")).isFalse();
    assertThat(DanglingOpening.isDangling("en", "Aber die Gespräche scheiterten.")).isFalse();
    assertThat(DanglingOpening.isDangling("und", "But the talks failed.")).isTrue();
  }
}
