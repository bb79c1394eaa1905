package org.newsum.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsum.NewsumException;

/**
 * How long a summary may be: a number of words, bytes, sentences or characters. Words are
 * counted as ROUGE's {@code -l} counts them (whitespace-separated); bytes as UTF-8 bytes of the
 * sentences, not counting the separators between sentences (as ROUGE's {@code -b}); characters
 * without white space (the unit of Chinese and Japanese summaries).
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
    SENTENCES,
    /** Characters other than white space (code points): the length of Chinese and Japanese text. */
    CHARACTERS
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

  /** A budget of {@code n} characters, white space not counted (for Chinese and Japanese). */
  public static Budget characters(int n) {
    return new Budget(Unit.CHARACTERS, n);
  }

  /**
   * The budget of the one limit given, empty when none is: how a front end reads its mutually
   * exclusive length options ({@code --words}, {@code --bytes}, {@code --sentences}, {@code --chars}).
   *
   * @param words a limit in words, or null
   * @param bytes a limit in bytes, or null
   * @param sentences a limit in sentences, or null
   * @param characters a limit in {@linkplain #characters characters}, or null
   * @throws NewsumException when more than one limit is given, or the one given is out of range
   */
  public static Optional<Budget> ofOneGiven(Integer words, Integer bytes, Integer sentences, Integer characters) {
    List<Budget> given = new ArrayList<>(1);
    if (words != null) {
      given.add(words(words));
    }
    if (bytes != null) {
      given.add(bytes(bytes));
    }
    if (sentences != null) {
      given.add(sentences(sentences));
    }
    if (characters != null) {
      given.add(characters(characters));
    }
    if (given.size() > 1) {
      throw new NewsumException("give one summary length, not " + given);
    }
    return given.stream().findFirst();
  }

  /** The cost of one sentence in this budget's unit. */
  public int cost(String sentenceText) {
    return switch (unit) {
      case WORDS -> countWords(sentenceText);
      case BYTES -> sentenceText.getBytes(StandardCharsets.UTF_8).length;
      case SENTENCES -> 1;
      case CHARACTERS -> countCharacters(sentenceText);
    };
  }

  /** Characters of {@code text} other than white space, counted as code points. */
  public static int countCharacters(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isLowSurrogate(c)) {
        count++;
      }
    }
    return count;
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
