package org.newsum.cleaning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain {@link ArticleExtractor}: drops scripts, styles, navigation, headers, footers,
 * asides and forms, then keeps the text of the remaining paragraph-level blocks.
 */
public final class ParagraphExtractor implements ArticleExtractor {
  @Override
  public HtmlArticle extract(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri);
    String title = page.title();
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = h1.text();
    }
    page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
    StringBuilder text = new StringBuilder();
    for (Element block : page.select("p, h2, h3, h4, li, blockquote, pre")) {
      if (block.parents().stream().anyMatch(p -> p.nameIs("p") || p.nameIs("li") || p.nameIs("blockquote"))) {
        continue; // text already taken with its enclosing block
      }
      String t = block.text().strip();
      if (!t.isEmpty()) {
        text.append(t).append("\n\n");
      }
    }
    if (text.length() == 0 && page.body() != null) {
      text.append(page.body().text());
    }
    return new HtmlArticle(title.strip(), text.toString().strip(), null, null);
  }
}
