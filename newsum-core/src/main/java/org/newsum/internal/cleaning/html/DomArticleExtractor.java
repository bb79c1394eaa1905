package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.Extraction;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.cleaning.RemovedBlock;

/**
 * newsum's article extractor: finds the article body of an HTML page by scoring the blocks of
 * jsoup's DOM (text length, commas, link density, tag and class/id cues; see
 * {@link ContentFinder}), prunes the furniture inside the chosen container ({@link BlockWriter}),
 * cross-checks the result against the page's JSON-LD {@code articleBody} when there is one
 * ({@link StructuredBodyCheck}), and reads title, date and author ({@link PageMetadata}).
 *
 * <p>Stateless and thread-safe. {@link #explain} also returns every dropped block with the
 * reason; {@link #extract} builds none of that.
 */
public final class DomArticleExtractor implements ArticleExtractor {
  private static final DomArticleExtractor STANDARD = new DomArticleExtractor();

  /** Below this many characters of body, the search is retried without skipping furniture. */
  private static final int RETRY_BELOW_CHARS = 250;

  /** The shared instance (the extractor has no configuration). */
  public static DomArticleExtractor standard() {
    return STANDARD;
  }

  @Override
  public HtmlArticle extract(String html, String baseUri) {
    return run(html, baseUri, null);
  }

  /** Extracts the article and reports every block of page text that was left out, and why. */
  @Override
  public Extraction explain(String html, String baseUri) {
    List<RemovedBlock> removed = new ArrayList<>();
    HtmlArticle article = run(html, baseUri, removed);
    return new Extraction(article, removed);
  }

  private HtmlArticle run(String html, String baseUri, List<RemovedBlock> log) {
    Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    PageHead head = PageHead.read(page.head());
    Element body = page.body();
    PageScan scan = PageScan.of(body, head.jsonLd(), html.length());
    JsonLdArticle ld = JsonLdArticle.read(scan.jsonLd);
    PageMetadata meta = PageMetadata.read(page, head, ld, scan.metadata);

    List<Element> blocks = ContentFinder.find(scan, true);
    List<RemovedBlock> pruned = log == null ? null : new ArrayList<>();
    List<String> paragraphs = BlockWriter.write(scan, blocks, pruned);
    if (length(paragraphs) < RETRY_BELOW_CHARS && scan.of(body).chars > RETRY_BELOW_CHARS) {
      List<Element> retryBlocks = ContentFinder.find(scan, false);
      List<RemovedBlock> retryPruned = log == null ? null : new ArrayList<>();
      List<String> retry = BlockWriter.write(scan, retryBlocks, retryPruned);
      if (length(retry) > length(paragraphs)) {
        blocks = retryBlocks;
        paragraphs = retry;
        pruned = retryPruned;
      }
    }
    paragraphs = StructuredBodyCheck.apply(paragraphs, ld.articleBody(), body, pruned);
    paragraphs = withoutTitle(paragraphs, meta.title(), pruned);
    if (log != null) {
      logOutside(body, blocks, log);
      log.addAll(pruned);
    }
    return new HtmlArticle(meta.title(), String.join("\n\n", paragraphs), meta.date(), meta.author());
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  /** Drops a paragraph that only repeats the headline. */
  private static List<String> withoutTitle(List<String> paragraphs, String title, List<RemovedBlock> log) {
    if (title.isEmpty() || paragraphs.isEmpty() || !paragraphs.get(0).equalsIgnoreCase(title)) {
      return paragraphs;
    }
    if (log != null) {
      log.add(new RemovedBlock(paragraphs.get(0), "headline"));
    }
    return paragraphs.subList(1, paragraphs.size());
  }

  /** Logs the text of the page outside the chosen blocks, one entry per maximal region. */
  private static void logOutside(Element body, List<Element> blocks, List<RemovedBlock> log) {
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element b : blocks) {
      chosen.add(b);
      for (Element p = b.parent(); p != null; p = p.parent()) {
        onPath.add(p);
      }
    }
    logOutside(body, chosen, onPath, log);
  }

  private static void logOutside(Element e, Set<Element> chosen, Set<Element> onPath, List<RemovedBlock> log) {
    if (chosen.contains(e)) {
      return;
    }
    if (!onPath.contains(e)) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        log.add(new RemovedBlock(text, "outside the article (" + describe(e) + ")"));
      }
      return;
    }
    for (Node child : e.childNodes()) {
      if (child instanceof Element c) {
        logOutside(c, chosen, onPath, log);
      } else if (child instanceof TextNode t && !t.isBlank()) {
        log.add(new RemovedBlock(t.text().strip(), "outside the article"));
      }
    }
  }

  private static String describe(Element e) {
    StringBuilder s = new StringBuilder("<").append(e.normalName());
    if (!e.id().isEmpty()) {
      s.append(" id=").append(e.id());
    }
    if (!e.className().isEmpty()) {
      s.append(" class=").append(e.className());
    }
    return s.append('>').toString();
  }
}
