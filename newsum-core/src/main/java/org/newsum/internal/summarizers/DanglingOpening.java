package org.newsum.internal.summarizers;

import java.util.Locale;
import java.util.Set;

/**
 * Recognizes sentences that cannot open a reader's understanding on their own: those that begin
 * with a discourse connective pointing back at a previous sentence ("But", "However", "Also")
 * or with a pronoun whose antecedent is in a previous sentence ("He said", "They", "This").
 * Out of their context such sentences dangle; summarizers avoid them when another sentence
 * can take their place.
 */
public final class DanglingOpening {
  private static final Set<String> BACK_REFERENCES = Set.of(
      // connectives that continue an argument
      "but", "however", "and", "also", "yet", "still", "so", "thus", "therefore", "moreover",
      "furthermore", "nevertheless", "nonetheless", "meanwhile", "instead", "besides", "otherwise",
      "then", "or", "nor", "likewise", "similarly", "indeed", "hence", "consequently", "again",
      "later", "afterward", "afterwards", "finally", "additionally", "though", "although",
      // pronouns and demonstratives whose antecedent is elsewhere
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "these", "those", "that", "such", "both", "neither", "either", "another", "others",
      "the latter", "the former");

  private DanglingOpening() {}

  /** Whether {@code sentence} starts with a back reference (case-insensitive, after quotes). */
  public static boolean isDangling(String sentence) {
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
    if (BACK_REFERENCES.contains(first)) {
      return true;
    }
    int secondEnd = end + 1;
    while (secondEnd < n && Character.isLetter(sentence.charAt(secondEnd))) {
      secondEnd++;
    }
    return end < n && sentence.charAt(end) == ' '
        && BACK_REFERENCES.contains(sentence.substring(start, secondEnd).toLowerCase(Locale.ROOT));
  }
}
