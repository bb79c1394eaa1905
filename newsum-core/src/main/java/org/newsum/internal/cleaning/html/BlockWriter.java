package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsum.cleaning.RemovedBlock;

/**
 * Writes the text of the chosen article blocks as paragraphs, pruning the furniture that sits
 * inside an article container: headline, captions and figures, share bars, "read more" and
 * related-link lists, newsletter boxes, bylines. Each pruned element is reported to the
 * removal log when one is given (explain mode); without a log nothing extra is built.
 */
final class BlockWriter {
  /** Containers judged as a whole by their link density, size and images. */
  private static final Set<String> CONDITIONAL = Set.of(
      "div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "aside", "center");

  /** Tags whose content is furniture wherever it sits in an article. */
  private static final Set<String> FURNITURE_INSIDE = Set.of(
      "nav", "aside", "footer", "figure", "figcaption", "menu", "header", "form");

  /** Furniture words of headings that open a section of non-article links or comments. */
  private static final Pattern SECTION_CUES = Pattern.compile("related|recommend|readnext|comment|popular|trending");

  /** An inline element that is all links and at least this long is a hover card or link list, not prose. */
  private static final int MIN_LINK_CLUSTER_CHARS = 100;

  /** A heading longer than this is a headline of its own, not a section title. */
  private static final int MAX_SECTION_HEADING_CHARS = 60;

  private final PageScan scan;
  private final List<RemovedBlock> log;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean pendingSpace;
  private int contentChars;
  private int articleDepth;

  private BlockWriter(PageScan scan, List<RemovedBlock> log) {
    this.scan = scan;
    this.log = log;
  }

  /** The paragraphs of {@code blocks}, furniture pruned; removals go to {@code log} if not null. */
  static List<String> write(PageScan scan, List<Element> blocks, List<RemovedBlock> log) {
    BlockWriter writer = new BlockWriter(scan, log);
    for (Element block : blocks) {
      writer.contentChars += scan.of(block).chars;
    }
    for (Element block : blocks) {
      writer.walk(block, true);
      writer.flush();
    }
    return writer.paragraphs;
  }

  private void walk(Element element, boolean root) {
    if (!root) {
      String reason = pruneReason(element);
      if (reason != null) {
        logRemoved(element, reason);
        return;
      }
    }
    String tag = element.normalName();
    boolean block = PageScan.BLOCK_TAGS.contains(tag);
    if (block) {
      flush();
    }
    if (tag.equals("br")) {
      flush();
      return;
    }
    boolean isArticle = tag.equals("article");
    if (isArticle) {
      articleDepth++;
    }
    String sectionCue = null;
    for (int i = 0, n = element.childNodeSize(); i < n; i++) {
      Node child = element.childNode(i);
      if (sectionCue != null) {
        logRemoved(child, "after a '" + sectionCue + "' heading");
      } else if (child instanceof TextNode text) {
        append(text.getWholeText());
      } else if (child instanceof Element e) {
        walk(e, false);
        sectionCue = furnitureHeadingCue(e);
      }
    }
    if (isArticle) {
      articleDepth--;
    }
    if (block) {
      flush();
    }
  }

  /**
   * The furniture word of a short heading whose class or id opens a furniture section (e.g.
   * {@code <h3 class="related-title">}), or null: what follows it in the same container is not
   * article.
   */
  private String furnitureHeadingCue(Element e) {
    if (!isHeading(e.normalName()) || scan.of(e).chars > MAX_SECTION_HEADING_CHARS) {
      return null;
    }
    String cue = scan.cues.furnitureWord(e);
    return cue != null && SECTION_CUES.matcher(cue).lookingAt() ? cue : null;
  }

  /** Whether the element is a line of its own: only blocks, line breaks or nothing beside it. */
  private static boolean standsAlone(Element element) {
    return isLineEdge(element.previousSibling(), true) && isLineEdge(element.nextSibling(), false);
  }

  private static boolean isLineEdge(Node neighbour, boolean backwards) {
    Node n = neighbour;
    while (n instanceof TextNode t && t.isBlank()) {
      n = backwards ? n.previousSibling() : n.nextSibling();
    }
    return n == null || n instanceof Element e && (e.nameIs("br") || PageScan.BLOCK_TAGS.contains(e.normalName()));
  }

  private void logRemoved(Node node, String reason) {
    if (log == null) {
      return;
    }
    String text = node instanceof Element e ? e.text().strip() : node instanceof TextNode t ? t.text().strip() : "";
    if (!text.isEmpty()) {
      log.add(new RemovedBlock(text, reason));
    }
  }

  /** Why {@code element} is furniture inside the article, or null to keep it. */
  private String pruneReason(Element element) {
    String tag = element.normalName();
    NodeStats s = scan.of(element);
    if (s.chars == 0) {
      return null;
    }
    if (tag.equals("h1") && (element == scan.metadata.firstH1 || paragraphs.isEmpty() && current.length() == 0)) {
      return "headline"; // a later h1, after the text has started, is a section heading
    }
    if (tag.equals("time") && standsAlone(element)) {
      return "date line";
    }
    if (s.chars * 2 >= contentChars) {
      return null; // most of the article: judge its parts instead
    }
    if (FURNITURE_INSIDE.contains(tag)) {
      return "<" + tag + "> element";
    }
    if (tag.equals("article") && articleDepth > 0) {
      return "an article inside the article (teaser)";
    }
    if (s.unlikely) {
      String cue = scan.cues.furnitureWord(element);
      return cue == null ? "furniture role" : "class/id says '" + cue + "'";
    }
    String articleCue = scan.cues.articleFurnitureWord(element);
    if (articleCue != null) {
      return "class/id says '" + articleCue + "'";
    }
    double linkDensity = s.linkDensity();
    if (CONDITIONAL.contains(tag) && s.hasBlockChild) {
      // Readability's thresholds: prose has commas; a body-named block may hold more links.
      if (s.commas < 10) {
        int weight = scan.cues.weight(element);
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        if (weight >= 25 ? linkDensity > 0.5 : linkDensity > 0.2 && !list || linkDensity > 0.5) {
          return "link-heavy block";
        }
        if (s.images > 1 && s.paragraphs * 2 < s.images) {
          return "image block";
        }
      }
    } else if (tag.equals("p") || tag.equals("li") || isHeading(tag) || CONDITIONAL.contains(tag)) {
      if (linkDensity > 0.8 || linkDensity > 0.5 && s.chars < 100) {
        return "link text";
      }
    } else if (s.links > 1 && linkDensity > 0.8 && s.chars >= MIN_LINK_CLUSTER_CHARS) {
      return "cluster of links inside running text";
    }
    return null;
  }

  static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  /** Appends {@code text} with each run of spaces as one space, none at the paragraph's start. */
  private void append(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (PageScan.isSpace(text.charAt(i))) {
        pendingSpace = current.length() > 0;
        i++;
        continue;
      }
      int start = i;
      while (i < n && !PageScan.isSpace(text.charAt(i))) {
        i++;
      }
      if (pendingSpace) {
        current.append(' ');
        pendingSpace = false;
      }
      current.append(text, start, i);
    }
  }

  private void flush() {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
    pendingSpace = false;
  }
}
