package org.newsum.model;

/**
 * The character classes of text analysis, in one place: sentence terminals and the closers
 * that may follow them, Chinese and Japanese characters and punctuation, word separators, and
 * the word count that budgets and ROUGE use. Splitting, sentence shape, tokenizing and
 * budgets all read them from here.
 */
public final class Characters {
  private Characters() {}

  /**
   * A sentence terminal written before a space: {@code . ! ?}, the ellipsis, the Arabic question
   * mark {@code ؟}, the Urdu full stop {@code ۔} and the Devanagari danda {@code । ॥}.
   */
  public static boolean isHalfWidthTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u061f' || c == '\u06d4' || c == '\u0964'
        || c == '\u0965';
  }

  /** A full-width (Chinese, Japanese) sentence terminal: {@code 。！？}. */
  public static boolean isFullWidthTerminal(char c) {
    return c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  /** Any sentence terminal, half- or full-width. */
  public static boolean isTerminal(char c) {
    return isHalfWidthTerminal(c) || isFullWidthTerminal(c);
  }

  /** A closing quotation mark or bracket that may follow a terminal inside the sentence. */
  public static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019'
        || c == '\u00bb' || c == '}' || c == '\u300d' || c == '\u300f';
  }

  /** Punctuation that ends a clause, not a sentence: where an over-long sentence may be cut. */
  public static boolean isClausePunctuation(char c) {
    return c == ',' || c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || c == '\uff0c' || c == '\uff1b'
        || c == '\uff1a' || c == '\u3001';
  }

  /** A character of the CJK symbols or half/full-width forms blocks. */
  public static boolean isFullWidth(char c) {
    return c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
  }

  /** A Chinese character or Japanese kana, each of which counts as a word. */
  public static boolean isCjkCharacter(char c) {
    if (c < '\u3040') {
      return false; // fast path: everything before Hiragana
    }
    if (Character.isIdeographic(c)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
  }

  /** CJK punctuation (ideographic full stop and comma, brackets, full-width symbols), which separates words. */
  public static boolean isCjkPunctuation(char c) {
    if (c < '\u3000') {
      return false;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && !Character.isLetterOrDigit(c);
  }

  /**
   * Whether {@code c} separates words: white space, including no-break spaces U+00A0, U+2007,
   * U+202F and NEL (as Python's {@code str.split()}, which ROUGE scripts count with), and CJK
   * punctuation.
   */
  public static boolean isWordSeparator(char c) {
    if (c <= ' ') {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
    }
    if (c < '\u0085') {
      return false; // fast path: printable ASCII
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || isCjkPunctuation(c);
  }

  /**
   * Words in {@code text}: runs of characters between {@linkplain #isWordSeparator separators},
   * except that each Chinese or Japanese character counts as one word (those scripts are written
   * without spaces, so a sentence would otherwise be a single "word" and a word budget would take
   * dozens of sentences).
   */
  public static int countWords(CharSequence text) {
    return countWordStarts(text, 0, 0, text.length());
  }

  /**
   * The words of {@code text[origin, to)} (as {@link #countWords} counts them) that start in
   * {@code [from, to)}: the count of the part from {@code origin} to {@code to} less that of the
   * part to {@code from}, read from {@code from - 1} on. Lets a caller that knows where words
   * run on (its tokens) count a text by reading only the rest of it.
   */
  public static int countWordStarts(CharSequence text, int origin, int from, int to) {
    int words = 0;
    char before = from > origin ? text.charAt(from - 1) : ' ';
    boolean inWord = !isWordSeparator(before) && !isCjkCharacter(before);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isWordSeparator(c)) {
        inWord = false;
      } else if (isCjkCharacter(c)) {
        words++;
        inWord = false;
      } else {
        words += inWord ? 0 : 1;
        inWord = true;
      }
    }
    return words;
  }
}
