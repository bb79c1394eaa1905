package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, and the sibling blocks that belong with it.
 * Every paragraph-like block with enough text gives its ancestors a score (more for longer
 * text and more commas, less the farther up the ancestor is); an ancestor's score starts from
 * its tag and class/id cues and is damped by its link density. The best-scoring element wins;
 * it is widened to its parent when the parent holds several near-best candidates or scores
 * better, and then joined by siblings that score well or read like prose.
 */
final class ContentFinder {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\uff01\uff1f](\\s|$)");
  private static final int ANCESTOR_LEVELS = 5;
  private static final int TOP_CANDIDATES = 5;

  private ContentFinder() {}

  /** The content score of one candidate during one search (readability-style: its paragraphs' scores, damped by distance). */
  private static final class Score {
    double value;
  }

  /**
   * Returns the article's blocks in page order (one or more siblings), or the body when no
   * block scores at all.
   *
   * @param skipFurniture whether paragraphs inside furniture (by tag, role or class) are ignored
   */
  static List<Element> find(PageScan scan, boolean skipFurniture) {
    Map<Element, Score> scores = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>();
    for (int i = 0; i < scan.paragraphs.size(); i++) {
      if (skipFurniture && scan.inFurniture.get(i)) {
        continue;
      }
      Element paragraph = scan.paragraphs.get(i);
      NodeStats p = scan.of(paragraph);
      double contentScore = 1 + p.inlineCommas + Math.min(p.inlineChars / 100, 3);
      // Running text between blocks scores its own container, like a paragraph's parent.
      Element ancestor = p.hasBlockChild ? paragraph : paragraph.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != scan.body; level++) {
        Score a = scores.get(ancestor);
        if (a == null) {
          a = new Score();
          a.value = initialScore(scan, ancestor);
          scores.put(ancestor, a);
          candidates.add(ancestor);
        }
        a.value += contentScore / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        ancestor = ancestor.parent();
      }
    }
    if (candidates.isEmpty()) {
      return List.of(scan.body);
    }
    for (Element c : candidates) {
      scores.get(c).value *= 1 - scan.of(c).linkDensity();
    }
    candidates.sort(Comparator.comparingDouble((Element c) -> -scores.get(c).value));
    Element top = widen(scan, scores, candidates);
    return withSiblings(scan, scores, top);
  }

  private static double initialScore(PageScan scan, Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    score += scan.cues.weight(e);
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 25;
    }
    return score;
  }

  private static Element widen(PageScan scan, Map<Element, Score> scores, List<Element> candidates) {
    Element top = candidates.get(0);
    double topScore = scores.get(top).value;
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(TOP_CANDIDATES, candidates.size()); i++) {
      if (scores.get(candidates.get(i)).value >= 0.75 * topScore) {
        close.add(candidates.get(i));
      }
    }
    if (close.size() >= 3) {
      for (Element parent = top.parent(); parent != null && parent != scan.body; parent = parent.parent()) {
        int containing = 0;
        for (Element c : close) {
          if (isAncestor(parent, c)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
      }
    }
    double lastScore = valueOf(scores, top);
    double threshold = lastScore / 3;
    for (Element parent = top.parent(); parent != null && parent != scan.body; parent = parent.parent()) {
      Score p = scores.get(parent);
      if (p == null) {
        continue;
      }
      if (p.value < threshold) {
        break;
      }
      if (p.value > lastScore) {
        top = parent;
        break;
      }
      lastScore = p.value;
    }
    while (top.parent() != null && top.parent() != scan.body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  /** The score of an element in this search, 0 when it received none. */
  private static double valueOf(Map<Element, Score> scores, Element e) {
    Score score = scores.get(e);
    return score == null ? 0 : score.value;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> withSiblings(PageScan scan, Map<Element, Score> scores, Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topValue = valueOf(scores, top);
    double threshold = Math.max(10, topValue * 0.2);
    String topClass = top.className();
    List<Element> blocks = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        blocks.add(sibling);
        continue;
      }
      NodeStats s = scan.of(sibling);
      if (s.unlikely) {
        continue;
      }
      boolean sameClass = !topClass.isEmpty() && topClass.equals(sibling.className());
      double bonus = sameClass ? topValue * 0.2 : 0;
      Score score = scores.get(sibling);
      if (score != null && score.value + bonus >= threshold) {
        blocks.add(sibling);
      } else if (sameClass && s.paragraphs > 0 && s.linkDensity() < 0.25) {
        blocks.add(sibling); // the article continues in a block of the same kind (too deep to be scored)
      } else if (sibling.nameIs("p") || s.paragraphs == 1 && !s.hasBlockChild) {
        double linkDensity = s.linkDensity();
        if (s.chars > 80 && linkDensity < 0.25
            || s.chars > 0 && s.chars <= 80 && linkDensity == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
          blocks.add(sibling);
        }
      }
    }
    return blocks;
  }
}
