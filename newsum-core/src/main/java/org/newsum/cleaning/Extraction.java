package org.newsum.cleaning;

import java.util.List;

/**
 * The result of {@link ArticleExtractor#explain}: the article, and every block of page text
 * that was dropped, with the reason: first the page regions outside the article, then what was
 * pruned inside it, each group in page order.
 *
 * @param article what {@link ArticleExtractor#extract} returns for the same page
 * @param removed the dropped blocks
 */
public record Extraction(HtmlArticle article, List<RemovedBlock> removed) {
  public Extraction {
    removed = List.copyOf(removed);
  }
}
