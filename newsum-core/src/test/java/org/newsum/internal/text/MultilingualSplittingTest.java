package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.text.SentenceSplitter;

/** The sentence rules of languages other than English. */
class MultilingualSplittingTest {
  private static List<String> split(SentenceSplitter splitter, String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void arabicQuestionMarkAndDevanagariDandaEndSentences() {
    SentenceSplitter splitter = new NewsSentenceSplitter();
    assertThat(split(splitter, "هل انتهت العاصفة؟ قال الخبراء إنها ستستمر."))
        .containsExactly("هل انتهت العاصفة؟", "قال الخبراء إنها ستستमر.".replace("म", "م"));
    assertThat(split(splitter, "तूफान में तीन लोगों की मौत हो गई। स्कूल बंद रहेंगे।"))
        .containsExactly("तूफान में तीन लोगों की मौत हो गई।", "स्कूल बंद रहेंगे।");
  }

  @Test
  void aGluedTerminalEndsASentenceOutsideEnglishOnly() {
    String text = "Il a été assassiné à Los Angeles.La couronne a été vendue mardi.";
    assertThat(split(new NewsSentenceSplitter().forLanguage("fr"), text))
        .containsExactly("Il a été assassiné à Los Angeles.", "La couronne a été vendue mardi.");
    String english = "Some, like Agency.Com and Organic Online, went public.";
    assertThat(split(new NewsSentenceSplitter().forLanguage("en"), english)).containsExactly(english);
    assertThat(new NewsSentenceSplitter().forLanguage("und")).isInstanceOf(NewsSentenceSplitter.class);
    // a dotted abbreviation (upper case before the dot) stays whole
    assertThat(split(new NewsSentenceSplitter().forLanguage("de"), "Die U.S.A. melden Gewinne.")).hasSize(1);
  }

  @Test
  void eachLanguageKeepsItsAbbreviationsInsideASentence() {
    assertThat(split(new NewsSentenceSplitter().forLanguage("de"),
        "Viele Städte, z. B. Köln und Bonn, meldeten Schäden. Dr. Weber leitet das Amt Nr. 4 der Stadt."))
        .containsExactly("Viele Städte, z. B. Köln und Bonn, meldeten Schäden.", "Dr. Weber leitet das Amt Nr. 4 der Stadt.");
    assertThat(split(new NewsSentenceSplitter().forLanguage("fr"),
        "M. Dupont a rencontré Mme Martin lundi. Ils ont parlé du budget."))
        .containsExactly("M. Dupont a rencontré Mme Martin lundi.", "Ils ont parlé du budget.");
    assertThat(split(new NewsSentenceSplitter().forLanguage("es"),
        "El Sr. García y la Sra. López llegaron el lunes. La reunión duró dos horas."))
        .containsExactly("El Sr. García y la Sra. López llegaron el lunes.", "La reunión duró dos horas.");
    assertThat(split(new NewsSentenceSplitter().forLanguage("ru"),
        "Шторм прошёл через г. Сочи, т. е. через самый южный город. Жители остались дома."))
        .containsExactly("Шторм прошёл через г. Сочи, т. е. через самый южный город.", "Жители остались дома.");
  }

  @Test
  void anAbbreviationOfOneLanguageEndsASentenceInAnother() {
    // "Nr." is German, "Mme" French: in French or English text they are words like any other
    assertThat(split(new NewsSentenceSplitter().forLanguage("fr"), "Il a vu le film Nr. Demain il part.")).hasSize(2);
    assertThat(split(new NewsSentenceSplitter().forLanguage("en"), "He met Mme. Dupont at noon. Then he left.")).hasSize(3);
  }
}
