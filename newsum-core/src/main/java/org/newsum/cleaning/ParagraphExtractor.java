package org.newsum.cleaning;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsum.model.Budget;

/**
 * A plain {@link ArticleExtractor}: drops scripts, styles, navigation, headers, footers,
 * asides, forms, and short blocks whose class or id names them furniture (cookie banners, ads,
 * share bars, menus), then keeps the text of the remaining paragraph-level blocks.
 */
public final class ParagraphExtractor implements ArticleExtractor {
  /** A block named like furniture but longer than this is kept: it may be the article's container. */
  private static final int MAX_FURNITURE_WORDS = 80;
  private static final Pattern FURNITURE_NAME = Pattern.compile(
      "(?i)(^|.*[-_ ])(ads?|advert\\w*|cookies?|consent|gdpr|banner|promo\\w*|newsletter|subscribe|share|sharing|social|menu|navbar|sidebar)([-_ ].*|$)");

  @Override
  public HtmlArticle extract(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri);
    String title = page.title();
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = h1.text();
    }
    page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
    removeFurnitureBlocks(page, "class");
    removeFurnitureBlocks(page, "id");
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

  /** Removes blocks of at most {@link #MAX_FURNITURE_WORDS} words whose {@code attribute} names furniture. */
  private static void removeFurnitureBlocks(Document page, String attribute) {
    for (Element e : page.getElementsByAttributeValueMatching(attribute, FURNITURE_NAME)) {
      if (!e.nameIs("body") && !e.nameIs("html") && Budget.countWords(e.text()) <= MAX_FURNITURE_WORDS) {
        e.remove();
      }
    }
  }
}
