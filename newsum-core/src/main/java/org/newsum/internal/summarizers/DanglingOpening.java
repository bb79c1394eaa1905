package org.newsum.internal.summarizers;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes sentences that cannot open a reader's understanding on their own: those that begin
 * with a discourse connective pointing back at a previous sentence ("But", "However", "Also")
 * or with a pronoun whose antecedent is in a previous sentence ("He said", "They", "This").
 * Out of their context such sentences dangle; summarizers take them only right after the sentence
 * they follow in their document ({@link GreedySelector}) or avoid them when another sentence can
 * take their place ({@link ConceptCoverageSummarizer}).
 *
 * <p>The openers are listed per language (ISO 639-1 code) in one table; a language without a list
 * has no dangling openings.
 */
public final class DanglingOpening {
  /** The language whose list applies when none is given. */
  static final String ENGLISH = "en";
  private static final Map<String, Set<String>> BACK_REFERENCES = Map.of(ENGLISH, Set.of(
      // connectives that continue an argument
      "but", "however", "and", "also", "yet", "still", "so", "thus", "therefore", "moreover",
      "furthermore", "nevertheless", "nonetheless", "meanwhile", "instead", "besides", "otherwise",
      "then", "or", "nor", "likewise", "similarly", "indeed", "hence", "consequently", "again",
      "later", "afterward", "afterwards", "finally", "additionally", "though", "although",
      // pronouns and demonstratives whose antecedent is elsewhere
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "these", "those", "that", "such", "both", "neither", "either", "another", "others",
      "the latter", "the former"));

  private DanglingOpening() {}

  /** Whether {@code sentence}, in English, starts with a back reference (case-insensitive, after quotes). */
  public static boolean isDangling(String sentence) {
    return isDangling(ENGLISH, sentence);
  }

  /** Whether {@code sentence}, in {@code language}, starts with a back reference of that language's list. */
  public static boolean isDangling(String language, String sentence) {
    Set<String> openers = BACK_REFERENCES.getOrDefault(language, Set.of());
    int start = 0;
    int n = sentence.length();
    while (start < n && !Character.isLetterOrDigit(sentence.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < n && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    String first = sentence.substring(start, end).toLowerCase(Locale.ROOT);
    if (openers.contains(first)) {
      return true;
    }
    int secondEnd = end + 1;
    while (secondEnd < n && Character.isLetter(sentence.charAt(secondEnd))) {
      secondEnd++;
    }
    return end < n && sentence.charAt(end) == ' '
        && openers.contains(sentence.substring(start, secondEnd).toLowerCase(Locale.ROOT));
  }
}
