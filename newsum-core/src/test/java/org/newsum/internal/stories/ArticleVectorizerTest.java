package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Document;
import org.newsum.stories.StoryOptions;

class ArticleVectorizerTest {
  @Test
  void namesInsideASentenceAreAnchorsButSentenceStartsAreNot() {
    String text = "Rescuers reached Ridgeland. Rescuers said: Help came.\nStorms hit";
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, text.indexOf("Ridgeland"), 0)).isTrue();
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, 0, 0)).isFalse();
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, text.indexOf("Rescuers said"), 0)).isFalse();
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, text.indexOf("Help"), 0)).isFalse();
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, text.indexOf("Storms"), 0)).isFalse();
    assertThat(ArticleVectorizer.isCapitalizedInsideSentence(text, text.indexOf("reached"), 0)).isFalse();
  }

  @Test
  void rareTermsOutweighTermsEveryArticleHas() {
    ArticleVectorizer vectorizer = new ArticleVectorizer(StoryOptions.DEFAULT);
    for (int k = 0; k < 20; k++) {
      vectorizer.vectorize(Document.of("d" + k, "weather report number " + k));
    }
    SparseVector v = vectorizer.vectorize(Document.of("x", "weather report about volcano"));
    int volcano = vectorizer.terms().indexOf("volcano");
    int weather = vectorizer.terms().indexOf("weather");
    assertThat(weightOf(v, volcano)).isGreaterThan(3 * weightOf(v, weather));
    assertThat(v.norm()).isBetween(0.999, 1.001);
  }

  private static double weightOf(SparseVector v, int term) {
    for (int k = 0; k < v.size(); k++) {
      if (v.ids()[k] == term) {
        return v.weights()[k];
      }
    }
    return 0;
  }
}
