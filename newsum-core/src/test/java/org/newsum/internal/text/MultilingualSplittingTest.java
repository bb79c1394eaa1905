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
}
