package org.newsum.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Document;

class ArticleJsonlTest {
  private static final DocumentReader PAGES = DocumentReader.standard();

  @Test
  void anArticleLineGivesItsFieldsAndItsDeclaredLanguage() {
    Document a = ArticleJsonl.decode("{\"id\":\"a1\",\"title\":\"Sturm\",\"text\":\"Ein Sturm zog über Hamburg.\","
        + "\"date\":\"2024-03-12\",\"url\":\"https://example.org/a1\",\"language\":\"DE\"}", "feed line 1", PAGES);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.title()).isEqualTo("Sturm");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(a.source()).isEqualTo("https://example.org/a1");
    assertThat(a.language()).isEqualTo("de");
    assertThat(ArticleJsonl.decode("{\"id\":\"a2\",\"text\":\"A storm hit Hamburg.\"}", "w", PAGES).language()).isNull();
  }

  @Test
  void aLanguageThatIsNotAStringIsTheLinesError() {
    assertThatThrownBy(() -> ArticleJsonl.decode("{\"id\":\"a3\",\"text\":\"x\",\"language\":7}", "feed line 3", PAGES))
        .isInstanceOf(InputException.class).hasMessageContaining("feed line 3").hasMessageContaining("\"language\" must be a string");
  }

  @Test
  void aLanguageThatIsNoLanguageCodeIsTheLinesError() {
    assertThatThrownBy(() -> ArticleJsonl.decode("{\"id\":\"a4\",\"text\":\"x\",\"language\":\"english\"}", "feed line 4", PAGES))
        .isInstanceOf(InputException.class)
        .hasMessage("feed line 4: article 'a4': \"language\": 'english' is not a language code: give an ISO 639-1 code such as de or zh");
  }
}
