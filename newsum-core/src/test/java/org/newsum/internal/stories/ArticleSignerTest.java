package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.internal.text.SentenceEncoder;
import org.newsum.model.Document;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.StoryOptions;

class ArticleSignerTest {
  @Test
  void signaturesWeighTitleAndAnchorOccurrencesAndDropStopWords() {
    ArticleSignature s = ArticleSignature.of(new Document("a", "Flood", "The flood reached Persk. Water rose.", null, null),
        StoryOptions.DEFAULT);
    assertThat(s.terms()).containsExactly("flood", "reach", "persk", "water", "rose");
    assertThat(s.weights()).containsExactly(StoryOptions.DEFAULT.titleWeight() + 1, 1, StoryOptions.DEFAULT.anchorWeight(), 1, 1);
    assertThat(s.anchors()).containsExactly(false, false, true, false, false);
    assertThat(s.headline()).isEqualTo("Flood");
    assertThat(s.titled()).isTrue();
  }

  @Test
  void namesInsideASentenceAreAnchorsButSentenceStartsAreNot() {
    String text = "Rescuers reached Ridgeland. Rescuers said: Help came.\nStorms hit";
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, text.indexOf("Ridgeland"), 0)).isTrue();
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, 0, 0)).isFalse();
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, text.indexOf("Rescuers said"), 0)).isFalse();
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, text.indexOf("Help"), 0)).isFalse();
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, text.indexOf("Storms"), 0)).isFalse();
    assertThat(ArticleSigner.isCapitalizedInsideSentence(text, text.indexOf("reached"), 0)).isFalse();
  }

  @Test
  void rareTermsOutweighTermsEveryArticleHas() {
    ArticleVectorizer vectorizer = new ArticleVectorizer(StoryOptions.DEFAULT);
    for (int k = 0; k < 20; k++) {
      vectorizer.vectorize(ArticleSignature.of(Document.of("d" + k, "weather report number " + k), StoryOptions.DEFAULT));
    }
    SparseVector v = vectorizer.vectorize(ArticleSignature.of(Document.of("x", "weather report about volcano"), StoryOptions.DEFAULT));
    int volcano = vectorizer.terms().indexOf("volcano");
    int weather = vectorizer.terms().indexOf("weather");
    assertThat(weightOf(v, volcano)).isGreaterThan(1.5 * weightOf(v, weather));
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

  @Test
  void englishArticlesAndTextsTooShortToTellAreEmbeddedOthersAreNot() {
    Document english = new Document("e", "Flood", "The flood reached Persk on Tuesday. Water rose through the night and"
        + " rescuers evacuated two villages.", null, null);
    assertThat(ArticleSignature.of(english, StoryOptions.DEFAULT).embedding()).hasSize(SentenceEncoder.DIMENSIONS);
    assertThat(ArticleSignature.of(english, StoryOptions.DEFAULT.with("embeddings", "false")).embedding()).isEmpty();
    assertThat(ArticleSignature.of(english, StoryOptions.DEFAULT.with("pairThreshold", "0")).embedding())
        .as("the merge that reads no embeddings").isEmpty();
    assertThat(ArticleSignature.of(english.withLanguage("fr"), StoryOptions.DEFAULT).embedding())
        .as("declared French").isEmpty();
    Document french = new Document("f", "Inondation", "La crue a atteint Persk mardi. L'eau est montée pendant la nuit et"
        + " les secours ont évacué deux villages.", null, null);
    assertThat(ArticleSignature.of(french, StoryOptions.DEFAULT).embedding()).as("detected French").isEmpty();
    assertThat(ArticleSignature.of(new Document("s", "", "Flood in Persk, 2013", null, null), StoryOptions.DEFAULT)
        .embedding()).as("too short to tell").hasSize(SentenceEncoder.DIMENSIONS);
  }
}
