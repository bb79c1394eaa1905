package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void aLanguageIsACodeOfTwoOrThreeLettersLowerCasedAndBlankMeansNotKnown() {
    assertThat(Document.of("a", "x").withLanguage(" DE ").language()).isEqualTo("de");
    assertThat(Document.of("a", "x").withLanguage("fil").language()).isEqualTo("fil");
    assertThat(Document.of("a", "x").withLanguage(" ").language()).isNull();
    for (String notACode : new String[] {"english", "e1", "en-", "en-US-", "en US", "d", "-US"}) {
      assertThatThrownBy(() -> Document.of("a", "x").withLanguage(notACode)).as(notACode)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + notACode + "' is not a language code: give an ISO 639-1 code such as de or zh");
    }
  }

  @Test
  void aLanguageTagAsFeedsAndPagesGiveItIsReadAsItsLanguage() {
    assertThat(Document.of("a", "x").withLanguage("en-US").language()).isEqualTo("en");
    assertThat(Document.of("a", "x").withLanguage("pt_BR").language()).isEqualTo("pt");
    assertThat(Document.of("a", "x").withLanguage(" zh-Hant-TW ").language()).isEqualTo("zh");
    assertThat(Document.of("a", "x").withLanguage("es-419").language()).isEqualTo("es");
  }
}
