package org.newsum.model;

import java.util.List;

/**
 * A half-open character range {@code [start, end)} in some text.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /**
   * Adds to {@code out} the range {@code [from, to)} of {@code text} without leading and
   * trailing white space, unless nothing else is left.
   */
  public static void addTrimmed(CharSequence text, int from, int to, List<Span> out) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
