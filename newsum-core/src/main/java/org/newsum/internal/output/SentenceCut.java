package org.newsum.internal.output;

import java.util.Optional;
import org.newsum.model.Budget;
import org.newsum.model.Characters;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;

/**
 * Cuts a summary sentence longer than its budget to fit: the longest start of it within the
 * budget, ended after its last clause punctuation or sentence terminal in the second half of
 * that start, else at its last space, else where the budget ends (never inside a surrogate
 * pair). The span is cut with the text, so the sentence still points into its document.
 */
public final class SentenceCut {
  private SentenceCut() {}

  /** The sentence cut to {@code budget}, or empty when not even its first character fits. */
  public static Optional<SummarySentence> toBudget(SummarySentence summarySentence, Budget budget) {
    Sentence s = summarySentence.sentence();
    String text = s.text();
    if (budget.cost(text) <= budget.limit()) {
      return Optional.of(summarySentence);
    }
    int low = 0;
    int high = text.length();
    while (low < high) { // the longest prefix within the budget (cost grows with the prefix)
      int mid = (low + high + 1) >>> 1;
      if (budget.cost(text.substring(0, mid)) <= budget.limit()) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    int end = cutPoint(text, low);
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || Characters.isClausePunctuation(text.charAt(end - 1)))) {
      end--;
    }
    if (end == 0) {
      return Optional.empty();
    }
    Sentence cut = new Sentence(s.documentId(), s.documentIndex(), s.index(), s.start(), s.start() + end,
        text.substring(0, end));
    return Optional.of(new SummarySentence(cut, summarySentence.alsoIn(), summarySentence.alsoInSentences()));
  }

  private static int cutPoint(String text, int limit) {
    for (int i = limit; i > limit / 2; i--) {
      char c = text.charAt(i - 1);
      if (Characters.isClausePunctuation(c) || Characters.isTerminal(c)) {
        return i;
      }
    }
    for (int i = limit; i > limit / 2; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i - 1;
      }
    }
    return limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
