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
}
