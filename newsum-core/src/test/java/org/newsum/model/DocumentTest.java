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
    for (String notACode : new String[] {"english", "zz-qq", "en_US", "d"}) {
      assertThatThrownBy(() -> Document.of("a", "x").withLanguage(notACode)).as(notACode)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + notACode + "' is not a language code: give an ISO 639-1 code such as de or zh");
    }
  }
}
