package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  /** The languages issue 18 names all have an analyzer. */
  @Test
  void everyLanguageOfTheNewsWeReadHasAnAnalyzer() {
    assertThat(List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ru", "uk", "tr",
        "ar", "fa", "hi", "id", "zh", "ja", "ko")).allMatch(LanguageAnalysis::hasAnalyzer).hasSize(23);
  }

  /** Polish, Ukrainian, Czech and Persian, which Snowball lacks, stem with Lucene's own stemmers. */
  @Test
  void languagesWithoutSnowballStemWithLucenesStemmers() {
    LanguageAnalysis pl = LanguageAnalysis.of("pl");
    assertThat(pl.stem("prezydenta")).isEqualTo(pl.stem("prezydent"));
    assertThat(pl.isStopWord("oraz")).isTrue();
    LanguageAnalysis uk = LanguageAnalysis.of("uk");
    assertThat(uk.stem("президента")).isEqualTo(uk.stem("президент"));
    assertThat(uk.stem("переговорів")).isEqualTo(uk.stem("переговори"));
    assertThat(uk.stem("зкщфхб")).as("a word the dictionary lacks").isEqualTo("зкщфхб");
    assertThat(uk.isStopWord("та")).isTrue();
    LanguageAnalysis cs = LanguageAnalysis.of("cs");
    assertThat(cs.stem("prezidenta")).isEqualTo(cs.stem("prezident"));
    LanguageAnalysis fa = LanguageAnalysis.of("fa");
    assertThat(fa.stem("کتابها")).isEqualTo(fa.stem("کتاب"));
  }

  @Test
  void aLanguageWithoutAnalyzerIsNeutralNeverEnglish() {
    LanguageAnalysis sw = LanguageAnalysis.of("sw");
    assertThat(LanguageAnalysis.hasAnalyzer("sw")).isFalse();
    assertThat(sw.stem("meeting")).isEqualTo("meeting");
    assertThat(sw.isStopWord("the")).isFalse();
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
