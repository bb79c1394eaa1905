package org.newsum.summarizers;

import org.newsum.text.AnalyzedCluster;

/**
 * Which sentences may appear in a summary at all: complete sentences of at least
 * {@link #MIN_WORDS} words that end with sentence punctuation (optionally followed by a
 * closing quote or bracket). Headlines, section headings, bylines, captions and other
 * fragments fail this test; they stay in the document as structure but are never selected.
 */
public final class Eligibility {
  /** Sentences shorter than this many words are fragments and never selected. */
  public static final int MIN_WORDS = 5;

  private Eligibility() {}

  public static boolean isEligible(AnalyzedCluster cluster, int i) {
    return cluster.wordCount(i) >= MIN_WORDS && endsLikeSentence(cluster.sentence(i).text());
  }

  static boolean endsLikeSentence(String text) {
    int e = text.length() - 1;
    while (e >= 0 && isCloser(text.charAt(e))) {
      e--;
    }
    if (e < 0) {
      return false;
    }
    char c = text.charAt(e);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb'
        || Character.isWhitespace(c);
  }
}
