package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One pass over a page body that removes what can never be article text (scripts, styles,
 * forms controls, hidden elements), keeps the JSON-LD scripts for the metadata reader, and
 * measures every remaining element ({@link NodeStats}) bottom-up, so no later step has to
 * re-read a subtree's text. It also lists the paragraph-like elements that the candidate
 * search scores.
 */
final class PageScan {
  /** Elements whose content is never article text. */
  private static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
      "button", "input", "select", "textarea", "option", "link", "meta", "head", "title", "audio", "video",
      "source", "picture", "map", "dialog");

  /** Page regions that are furniture by their HTML5 meaning. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

  /** ARIA roles of page regions that are furniture. */
  private static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "search", "menu", "menubar");

  /** Tags that start a new block of text. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
      "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "tbody",
      "thead", "tfoot", "ul", "menu", "summary", "center", "caption");

  /** Containers that count as a paragraph when they hold text and no block child. */
  private static final Set<String> PARAGRAPH_LIKE = Set.of(
      "div", "section", "article", "td", "center", "font", "span", "main", "blockquote");

  /** Bits of {@link #TAG_KINDS}: which of the sets above a tag name is in. */
  private static final int DROPPED = 1;
  private static final int FURNITURE_TAG = 2;
  private static final int BLOCK = 4;
  private static final int PARAGRAPH_LIKE_TAG = 8;

  /** The sets above by tag name, so that the scan looks each element's tag up once. */
  private static final Map<String, Integer> TAG_KINDS = tagKinds();

  /** A rough size of one element in page source, to size the statistics table. */
  private static final int BYTES_PER_ELEMENT = 150;

  /** Running text shorter than this (in non-space characters) is not scored as a paragraph. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  final Element body;
  final Map<Element, NodeStats> stats;
  final ClassCues cues = new ClassCues();
  /** Paragraph-like elements with enough text to score, in page order. */
  final List<Element> paragraphs = new ArrayList<>();
  /** Parallel to {@link #paragraphs}: whether the paragraph lies inside furniture. */
  final List<Boolean> inFurniture = new ArrayList<>();
  /** The JSON-LD scripts of the page (head and body), raw. */
  final List<String> jsonLd = new ArrayList<>();
  /** Metadata found in the body on the way: first h1, dates and authors in microdata and time elements. */
  final BodyMetadata metadata = new BodyMetadata();

  /** What the body says about the article outside JSON-LD; empty strings and nulls when it does not. */
  static final class BodyMetadata {
    Element firstH1;
    String microdataDate = "";
    String timeDate = "";
    String microdataAuthor = "";
    Element microdataAuthorElement;
    Element relAuthor;

    private void visit(Element e, String tag) {
      if (tag.equals("h1")) {
        if (firstH1 == null) {
          firstH1 = e;
        }
        return;
      }
      if (tag.equals("time") && timeDate.isEmpty()) {
        timeDate = e.attr("datetime");
      }
      if (tag.equals("a") && relAuthor == null && e.attr("rel").equalsIgnoreCase("author")) {
        relAuthor = e;
      }
      String itemprop = e.attr("itemprop");
      if (itemprop.isEmpty()) {
        return;
      }
      if (itemprop.equalsIgnoreCase("datePublished") && microdataDate.isEmpty()) {
        microdataDate = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      } else if (itemprop.equalsIgnoreCase("author") && microdataAuthor.isEmpty() && microdataAuthorElement == null) {
        if (e.hasAttr("content")) {
          microdataAuthor = e.attr("content");
        } else {
          microdataAuthorElement = e;
        }
      } else if (itemprop.equalsIgnoreCase("name") && microdataAuthorElement != null && microdataAuthor.isEmpty()
          && e.hasParent() && isInside(e, microdataAuthorElement)) {
        microdataAuthor = e.hasAttr("content") ? e.attr("content") : e.text();
      }
    }

    private static boolean isInside(Element e, Element ancestor) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        if (p == ancestor) {
          return true;
        }
      }
      return false;
    }
  }

  private PageScan(Element body, int expectedElements) {
    this.body = body;
    this.stats = new IdentityHashMap<>(expectedElements);
  }

  /**
   * Scans {@code root} (normally the body), removing junk elements from the DOM.
   *
   * @param headJsonLd JSON-LD scripts already found in the head
   * @param htmlLength the page source length, to size the tables
   */
  static PageScan of(Element root, List<String> headJsonLd, int htmlLength) {
    PageScan scan = new PageScan(root, Math.max(64, htmlLength / BYTES_PER_ELEMENT));
    scan.jsonLd.addAll(headJsonLd);
    root.filter(scan.new Measurer());
    return scan;
  }

  NodeStats of(Element e) {
    NodeStats s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  private static final NodeStats EMPTY = new NodeStats();

  /** Whether {@code script} is a JSON-LD block; its data is then the structured data. */
  static boolean isJsonLd(Element script) {
    return script.nameIs("script") && script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json");
  }

  private final class Measurer implements NodeFilter {
    private final ArrayList<NodeStats> open = new ArrayList<>();
    /** Parallel to {@link #open}: the {@link PageScan#TAG_KINDS} bits of each open element. */
    private int[] openKinds = new int[32];
    private int furnitureDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (!open.isEmpty()) {
          count(text.getWholeText(), open.get(open.size() - 1));
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return node instanceof DataNode ? FilterResult.CONTINUE : FilterResult.REMOVE;
      }
      String tag = element.normalName();
      metadata.visit(element, tag);
      int kind = TAG_KINDS.getOrDefault(tag, 0);
      if ((kind & DROPPED) != 0 || isHidden(element)) {
        if (tag.equals("script") && isJsonLd(element)) {
          jsonLd.add(element.data());
        }
        return FilterResult.REMOVE;
      }
      NodeStats s = new NodeStats();
      s.unlikely = element != body && isFurniture(element, tag, kind);
      if (s.unlikely) {
        furnitureDepth++;
      }
      stats.put(element, s);
      if (open.size() == openKinds.length) {
        openKinds = Arrays.copyOf(openKinds, 2 * openKinds.length);
      }
      openKinds[open.size()] = kind;
      open.add(s);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      NodeStats s = open.remove(open.size() - 1);
      int kind = openKinds[open.size()];
      String tag = element.normalName();
      if (s.unlikely) {
        furnitureDepth--;
      }
      switch (tag) {
        case "a" -> {
          s.linkChars = s.chars;
          s.links++;
        }
        case "li", "dt", "dd" -> s.listItems++;
        case "img" -> s.images++;
        default -> { }
      }
      boolean paragraph = tag.equals("p") || tag.equals("pre")
          || (kind & PARAGRAPH_LIKE_TAG) != 0 && !s.hasBlockChild;
      if (paragraph && s.chars > 0) {
        s.paragraphs++;
      }
      // A paragraph, or a container with running text of its own between its blocks.
      if ((paragraph || s.hasBlockChild) && s.inlineChars >= MIN_PARAGRAPH_CHARS) {
        paragraphs.add(element);
        inFurniture.add(furnitureDepth > 0);
      }
      if (!open.isEmpty()) {
        NodeStats parent = open.get(open.size() - 1);
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.commas += s.commas;
        parent.paragraphs += s.paragraphs;
        parent.listItems += s.listItems;
        parent.links += s.links;
        parent.images += s.images;
        if ((kind & BLOCK) != 0) {
          parent.hasBlockChild = true;
        } else {
          parent.inlineChars += s.inlineChars;
          parent.inlineCommas += s.inlineCommas;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void count(String text, NodeStats into) {
      int chars = 0;
      int commas = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (!isSpace(c)) {
          chars++;
          if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
            commas++;
          }
        }
      }
      into.chars += chars;
      into.commas += commas;
      into.inlineChars += chars;
      into.inlineCommas += commas;
    }
  }

  /**
   * Whether {@code c} separates words: a control character, a space, a no-break space or other
   * whitespace. Above the space, only non-ASCII chars can be whitespace: most text is answered
   * without Character's tables.
   */
  static boolean isSpace(char c) {
    return c <= ' ' || c >= 0x80 && (c == '\u00a0' || Character.isWhitespace(c));
  }

  private static Map<String, Integer> tagKinds() {
    Map<String, Integer> kinds = new HashMap<>();
    for (var set : List.of(Map.entry(DROPPED_TAGS, DROPPED), Map.entry(FURNITURE_TAGS, FURNITURE_TAG),
        Map.entry(BLOCK_TAGS, BLOCK), Map.entry(PARAGRAPH_LIKE, PARAGRAPH_LIKE_TAG))) {
      for (String tag : set.getKey()) {
        kinds.merge(tag, set.getValue(), (a, b) -> a | b);
      }
    }
    return kinds;
  }

  private boolean isFurniture(Element element, String tag, int kind) {
    if ((kind & FURNITURE_TAG) != 0) {
      return true;
    }
    String role = element.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || tag.equals("html")) {
      return false;
    }
    return cues.furnitureWord(element) != null && !cues.hasBodyWord(element);
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
