package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {
  @Test
  void stemsAndStopWordsAreTheLanguages() {
    LanguageAnalysis de = LanguageAnalysis.of("de");
    assertThat(de.stem("häuser")).isEqualTo(de.stem("haus"));
    assertThat(de.isStopWord("und")).isTrue();
    assertThat(de.isStopWord("sturm")).isFalse();
    LanguageAnalysis ru = LanguageAnalysis.of("ru");
    assertThat(ru.stem("тысячи")).isEqualTo(ru.stem("тысяч"));
    assertThat(ru.isStopWord("без")).isTrue();
    assertThat(LanguageAnalysis.of("es").stem("tormentas")).isEqualTo(LanguageAnalysis.of("es").stem("tormenta"));
  }

  @Test
  void frenchElisionIsDroppedBeforeStemming() {
    LanguageAnalysis fr = LanguageAnalysis.of("fr");
    assertThat(fr.stem("l'objet")).isEqualTo(fr.stem("objets"));
    assertThat(fr.isStopWord("qu'il")).isTrue();
    assertThat(fr.stem("aujourd'hui")).isEqualTo(fr.stem("aujourd'hui"));
  }

  @Test
  void englishIsTheAnalysisNewsumAlwaysHadAndUnknownIsEnglish() {
    LanguageAnalysis en = LanguageAnalysis.of("en");
    assertThat(en.stem("meeting")).isEqualTo("meet");
    assertThat(en.isStopWord("were")).isTrue();
    assertThat(LanguageAnalysis.of("und").language()).isEqualTo("en");
  }

  @Test
  void aLanguageWithoutAnalyzerIsNeutralNeverEnglish() {
    LanguageAnalysis pl = LanguageAnalysis.of("pl");
    assertThat(LanguageAnalysis.hasAnalyzer("pl")).isFalse();
    assertThat(pl.stem("meeting")).isEqualTo("meeting");
    assertThat(pl.isStopWord("the")).isFalse();
    assertThat(LanguageAnalysis.of("zh").isStopWord("的")).isFalse();
  }

  @Test
  void lexiconsOfOtherLanguagesAreTheirOwn() {
    Lexicon de = Lexicon.forThisThread("de");
    assertThat(de.language()).isEqualTo("de");
    assertThat(Lexicon.forThisThread("und")).isSameAs(Lexicon.forThisThread());
    int[] ids = de.tokenize("Die Häuser und das Haus");
    assertThat(de.isStopWord(ids[0])).isTrue();
    assertThat(de.stemOf(ids[1])).isEqualTo(de.stemOf(ids[4]));
  }
}
