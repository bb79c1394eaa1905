package org.newsum.model;

import java.nio.charset.StandardCharsets;
import org.newsum.NewsumException;
import org.newsum.internal.text.Characters;

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
   * Words in {@code text}, as {@link Characters#countWords} counts them: whitespace-separated
   * runs (as ROUGE's {@code -l}), each Chinese or Japanese character one word.
   */
  public static int countWords(CharSequence text) {
    return Characters.countWords(text);
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase();
  }
}
