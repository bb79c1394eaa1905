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
      throw new NewsumException("budget must be at least 1 (" + unit.name().toLowerCase() + "), got " + limit);
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
   * Words in {@code text}: whitespace-separated runs (no-break spaces U+00A0, U+2007, U+202F
   * and NEL separate words too, as in Python's {@code str.split()} that ROUGE scripts count
   * with), except that each Chinese or Japanese character counts as one word (those scripts are
   * written without spaces, so a sentence would otherwise be a single "word" and a word budget
   * would take dozens of sentences).
   */
  public static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || isCjkPunctuation(c)) {
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

  private static boolean isCjkPunctuation(char c) {
    if (c < '\u3000') {
      return false;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && !Character.isLetterOrDigit(c);
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase();
  }
}
