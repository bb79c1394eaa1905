package org.newsum.model;

import java.nio.charset.StandardCharsets;
import org.newsum.NewsumException;

/**
 * How long a summary may be: a number of words, bytes or sentences. Words are counted as
 * ROUGE's {@code -l} counts them (whitespace-separated); bytes as UTF-8 bytes of the
 * sentences, not counting the separators between sentences (as ROUGE's {@code -b}).
 *
 * @param unit what is counted
 * @param limit the maximum, at least 1
 */
public record Budget(Unit unit, int limit) {
  /** Largest budget accepted, in any unit; larger ones are almost certainly mistakes. */
  public static final int MAX_LIMIT = 1_000_000;

  /** What a {@link Budget} counts. */
  public enum Unit {
    WORDS,
    BYTES,
    SENTENCES
  }

  public Budget {
    if (unit == null) {
      throw new NewsumException("budget unit is missing");
    }
    if (limit < 1) {
      throw new NewsumException("budget must be at least 1 " + unit.name().toLowerCase() + ", got " + limit);
    }
    if (limit > MAX_LIMIT) {
      throw new NewsumException("budget of " + limit + " " + unit.name().toLowerCase() + " is too large (max " + MAX_LIMIT + ")");
    }
  }

  public static Budget words(int n) {
    return new Budget(Unit.WORDS, n);
  }

  public static Budget bytes(int n) {
    return new Budget(Unit.BYTES, n);
  }

  public static Budget sentences(int n) {
    return new Budget(Unit.SENTENCES, n);
  }

  /** The cost of one sentence in this budget's unit. */
  public int cost(String sentenceText) {
    return switch (unit) {
      case WORDS -> countWords(sentenceText);
      case BYTES -> sentenceText.getBytes(StandardCharsets.UTF_8).length;
      case SENTENCES -> 1;
    };
  }

  /**
   * Whitespace-separated words in {@code text}. No-break spaces (U+00A0, U+2007, U+202F) and
   * NEL separate words too, as in Python's {@code str.split()} that ROUGE scripts count with.
   */
  public static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase();
  }
}
