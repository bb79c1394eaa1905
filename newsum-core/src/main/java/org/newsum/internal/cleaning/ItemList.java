package org.newsum.internal.cleaning;

import java.util.Arrays;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.SentenceShape;

/**
 * How a block splits into items at list separators ({@code | › » •}), judged by structure
 * rather than by the mere presence of a symbol: a guillemet that pairs with another as a
 * quotation mark ({@code «…»} in French or Russian, {@code »…«} in German, and the single
 * {@code ‹…›} and {@code ›…‹}) is not a separator, and a mark with no item before it (a leading
 * bullet) only introduces its item.
 *
 * @param items non-empty items (letters or digits) between separators; 1 for a block without
 *     separators
 * @param menu at least two items, each short (at most {@link #MAX_ITEM_WORDS} words) and none a
 *     sentence, and not mostly figures: a menu, a breadcrumb, a dateline or a page title with the
 *     site name
 * @param figures at least two items, most of them figures ("12% | 14%", "Party | 2019 | 2024"):
 *     a row of a table, not navigation
 */
record ItemList(int items, boolean menu, boolean figures) {
  /** Longest menu item, in words: long enough for a headline before "| Site". */
  static final int MAX_ITEM_WORDS = 12;
  /** A figure ("12%", "$4.5bn", "2019", "21:47") has at most this many letters (a unit). */
  private static final int MAX_FIGURE_LETTERS = 3;

  private static final ItemList SINGLE = new ItemList(1, false, false);

  static ItemList of(String text) {
    if (!hasMark(text)) {
      return SINGLE;
    }
    int[] separators = separators(text);
    if (separators.length == 0) {
      return SINGLE;
    }
    int items = 0;
    int figureItems = 0;
    boolean shortPhrases = true;
    int start = 0;
    for (int k = 0; k <= separators.length; k++) {
      int end = k < separators.length ? separators[k] : text.length();
      int words = words(text, start, end);
      if (words > 0) {
        items++;
        figureItems += isFigure(text, start, end) ? 1 : 0;
        shortPhrases &= words <= MAX_ITEM_WORDS && !SentenceShape.endsLikeSentence(text.substring(start, end));
      }
      start = end + 1;
    }
    boolean list = items >= 2;
    boolean figures = list && 2 * figureItems > items;
    return new ItemList(Math.max(items, 1), list && shortPhrases && !figures, figures);
  }

  /**
   * Positions of the list separators, ascending: every {@code |} and {@code •}, and every
   * guillemet that no guillemet of the same pair closes as a quotation.
   */
  private static int[] separators(String text) {
    IntList out = new IntList();
    // Per pair (0: « », 1: ‹ ›): quotations opened French-style (« then »), and the positions
    // of closing-style marks not yet matched, which a later opening-style mark may match
    // German-style (» then «).
    int[] opened = new int[2];
    IntList[] pending = {new IntList(), new IntList()};
    int[] pendingCount = new int[2];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int pair = c == '\u00ab' || c == '\u00bb' ? 0 : c == '\u2039' || c == '\u203a' ? 1 : -1;
      if (c == '|' || c == '\u2022') {
        out.add(i);
      } else if (c == '\u00ab' || c == '\u2039') {
        if (pendingCount[pair] > 0) {
          pendingCount[pair]--;
        } else {
          opened[pair]++;
        }
      } else if (pair >= 0) {
        if (opened[pair] > 0) {
          opened[pair]--;
        } else if (pendingCount[pair]++ < pending[pair].size()) {
          pending[pair].set(pendingCount[pair] - 1, i);
        } else {
          pending[pair].add(i);
        }
      }
    }
    for (int pair = 0; pair < 2; pair++) {
      out.addAll(pending[pair], 0, pendingCount[pair]);
    }
    int[] separators = out.toArray();
    Arrays.sort(separators);
    return separators;
  }

  private static boolean hasMark(String text) {
    // One vectorized search per mark (in a text of one-byte characters, the marks above U+00FF
    // are ruled out without reading it).
    return text.indexOf('|') >= 0 || text.indexOf('\u00bb') >= 0 || text.indexOf('\u2022') >= 0 || text.indexOf('\u203a') >= 0;
  }

  /** Runs of letters and digits in {@code text[start, end)}. */
  private static int words(String text, int start, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
      words += letterOrDigit && !inWord ? 1 : 0;
      inWord = letterOrDigit;
    }
    return words;
  }

  /** A number with at most a short unit: its first letter or digit is a digit. */
  private static boolean isFigure(String text, int start, int end) {
    int letters = 0;
    boolean digitFirst = false;
    boolean seen = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!seen && Character.isLetterOrDigit(c)) {
        digitFirst = Character.isDigit(c);
        seen = true;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return digitFirst && letters <= MAX_FIGURE_LETTERS;
  }
}
