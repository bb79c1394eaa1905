package org.newsum.cleaning;

import java.util.List;

/**
 * Finds the article in an HTML page: its body text without navigation, ads and other
 * furniture, plus title, date and author where the page gives them. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface ArticleExtractor {
  /**
   * @param html the page source
   * @param baseUri the page address, for resolving relative links, or empty
   */
  HtmlArticle extract(String html, String baseUri);

  /**
   * The article and, where the extractor can say, every block it dropped with the reason (what
   * {@code newsum clean --show-removed} prints); by default no dropped blocks are listed.
   */
  default Extraction explain(String html, String baseUri) {
    return new Extraction(extract(html, baseUri), List.of());
  }

  /** The standard extractor: jsoup's DOM scored by text density, link density and class/id cues. */
  static ArticleExtractor standard() {
    return org.newsum.internal.cleaning.html.DomArticleExtractor.standard();
  }
}
