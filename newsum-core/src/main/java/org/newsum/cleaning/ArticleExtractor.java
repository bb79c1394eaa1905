package org.newsum.cleaning;

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

  /** The default extractor: {@link org.newsum.cleaning.html.DomArticleExtractor}. */
  static ArticleExtractor standard() {
    return org.newsum.cleaning.html.DomArticleExtractor.standard();
  }
}
