package org.newsum.internal.text;

import java.util.Arrays;

/**
 * Finds the positions of a few characters in one text, left to right. In a {@code String}, each
 * character is searched for by {@link String#indexOf(int, int)} (vectorized) and its next
 * position remembered until passed, so the text between the characters sought is not read
 * character by character (in a text of one-byte characters, one above U+00FF is ruled out
 * without reading it); other texts are read character by character.
 */
public final class CharSearch {
  /** A character that does not occur again. */
  private static final int NONE = Integer.MAX_VALUE;
  private final CharSequence text;
  private final String string;
  private final char[] sought;
  /** For each character sought, its position last found (-1: not searched yet). */
  private final int[] found;

  /** A search of {@code text} for the characters {@code sought}. */
  public CharSearch(CharSequence text, char[] sought) {
    this.text = text;
    this.string = text instanceof String s ? s : null;
    this.sought = sought;
    this.found = new int[sought.length];
    Arrays.fill(found, -1);
  }

  /**
   * The position of the first character sought in {@code [from, to)}, or {@code to}. {@code from}
   * must not decrease from one call to the next.
   */
  public int next(int from, int to) {
    if (string == null) {
      for (int i = from; i < to; i++) {
        if (isSought(text.charAt(i))) {
          return i;
        }
      }
      return to;
    }
    int first = to;
    for (int k = 0; k < found.length; k++) {
      if (found[k] < from) {
        int at = string.indexOf(sought[k], from);
        found[k] = at < 0 ? NONE : at;
      }
      first = Math.min(first, found[k]);
    }
    return first;
  }

  private boolean isSought(char c) {
    for (char s : sought) {
      if (s == c) {
        return true;
      }
    }
    return false;
  }
}
