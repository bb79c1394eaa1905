package org.newsum.text;

/**
 * Surface tests on a piece of text that tell a complete sentence from a fragment (headline,
 * caption, menu entry). Shared by sentence selection and furniture cleaning so both agree on
 * what a sentence looks like.
 */
public final class SentenceShape {
  private SentenceShape() {}

  /**
   * True when the text ends with sentence punctuation ({@code . ! ?}, an ellipsis, or the
   * full-width {@code 。！？} of Chinese and Japanese), optionally followed by closing quotes or
   * brackets.
   */
  public static boolean endsLikeSentence(CharSequence text) {
    int e = text.length() - 1;
    while (e >= 0 && isCloser(text.charAt(e))) {
      e--;
    }
    if (e < 0) {
      return false;
    }
    return isTerminal(text.charAt(e));
  }

  /** True when the text has sentence punctuation anywhere (see {@link #endsLikeSentence}). */
  public static boolean hasSentencePunctuation(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isTerminal(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb'
        || Character.isWhitespace(c);
  }
}
