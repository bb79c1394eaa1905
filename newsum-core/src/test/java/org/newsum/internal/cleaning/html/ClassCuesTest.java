package org.newsum.internal.cleaning.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassCuesTest {
  private final ClassCues cues = new ClassCues();

  private static Element element(String className, String id) {
    Element e = new Element("div");
    if (!className.isEmpty()) {
      e.attr("class", className);
    }
    if (!id.isEmpty()) {
      e.attr("id", id);
    }
    return e;
  }

  @Test
  void splitsAtPunctuationAndCamelCaseAndMatchesPrefixes() {
    assertThat(cues.furnitureWord(element("relatedArticles", ""))).isEqualTo("related");
    assertThat(cues.furnitureWord(element("social-share_bar", ""))).isEqualTo("social");
    assertThat(cues.furnitureWord(element("", "newsletterSignup"))).isEqualTo("newsletter");
    assertThat(cues.furnitureWord(element("ad", ""))).isEqualTo("ad");
  }

  @Test
  void shortWordsMatchOnlyWhole() {
    assertThat(cues.furnitureWord(element("address-block adventure", ""))).isNull();
    assertThat(cues.furnitureWord(element("headline", ""))).isNull();
  }

  @Test
  void weightsBodyWordsUpAndFurnitureDown() {
    assertThat(cues.weight(element("article-body", ""))).isEqualTo(25);
    assertThat(cues.weight(element("sidebar", "comments"))).isEqualTo(-50);
    assertThat(cues.weight(element("article-share", ""))).isZero();
    assertThat(cues.hasBodyWord(element("", "main-content"))).isTrue();
    assertThat(cues.weight(element("", ""))).isZero();
  }

  @Test
  void matchesRegardlessOfCaseWithTheFoldingOfRegionMatches() {
    assertThat(cues.furnitureWord(element("RELATED-LINKS", ""))).isEqualTo("related");
    assertThat(cues.furnitureWord(element("", "AD"))).isEqualTo("ad");
    assertThat(cues.furnitureWord(element("s\u0131debar", ""))).isEqualTo("s\u0131debar"); // dotless i folds to i
    assertThat(cues.furnitureWord(element("sid3bar", ""))).isNull();
  }

  @Test
  void eachVocabularyKeepsItsOwnFirstWordAndRules() {
    Element e = element("story authors share", "");
    assertThat(cues.hasBodyWord(e)).isTrue();
    assertThat(cues.furnitureWord(e)).isEqualTo("share"); // "author" is a whole word there
    assertThat(cues.articleFurnitureWord(e)).isEqualTo("authors"); // and a prefix here
    assertThat(cues.weight(e)).isZero();
    assertThat(cues.articleFurnitureWord(element("adverts", ""))).isEqualTo("adverts");
    assertThat(cues.articleFurnitureWord(element("adz", ""))).isNull();
  }
}
