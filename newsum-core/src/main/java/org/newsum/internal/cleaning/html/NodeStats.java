package org.newsum.internal.cleaning.html;

/**
 * Text measurements of one element's subtree, gathered in a single pass over the page:
 * how much text it holds, how much of that is link text, how many commas (a cheap sign of
 * running prose). Written by {@link PageScan} only; later stages read it.
 */
final class NodeStats {
  /** Non-space characters of text in the subtree. */
  int chars;
  /** Non-space characters inside links. */
  int linkChars;
  /** Commas (Latin, CJK and Arabic) in the subtree. */
  int commas;
  /** Characters of text outside block children: the element's own running text. */
  int inlineChars;
  /** Commas outside block children. */
  int inlineCommas;
  /** Paragraph-level descendants (p, pre, blockquote, headings-free prose blocks). */
  int paragraphs;
  /** Links (a elements) in the subtree. */
  int links;
  /** List items in the subtree. */
  int listItems;
  /** Images in the subtree. */
  int images;
  /** Whether some child element is a block (so this element is a container, not a paragraph). */
  boolean hasBlockChild;
  /** Whether the class/id or the tag marks this element as furniture (navigation, comments, ...). */
  boolean unlikely;

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
