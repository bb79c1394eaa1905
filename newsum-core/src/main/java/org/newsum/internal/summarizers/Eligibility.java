package org.newsum.internal.summarizers;

import org.newsum.internal.text.SentenceShape;
import org.newsum.model.Sentence;
import org.newsum.text.AnalyzedCluster;

/**
 * Which sentences may appear in a summary at all: complete sentences of at least
 * the method's {@link org.newsum.summarizers.MethodOptions#minWords() minWords} words that end with sentence punctuation (optionally followed by a
 * closing quote or bracket) and do not {@linkplain SentenceShape#isContinuation continue} a
 * sentence or quotation begun elsewhere. Headlines, section headings, bylines, captions,
 * quotation tails and other fragments fail this test; they stay in the document as structure but are never selected.
 * A sentence of a document in another language than the cluster's is never selected (the summary
 * is in one language), though its words still count as evidence.
 * In a document without any punctuated sentence (a transcript, text stripped of punctuation)
 * the punctuation requirement is dropped, so such text can still be summarized.
 */
public final class Eligibility {
  private Eligibility() {}

  /** Whether sentence {@code i} may be selected, sentences under {@code minWords} words being fragments. */
  public static boolean isEligible(AnalyzedCluster cluster, int i, int minWords) {
    if (cluster.wordCount(i) < minWords) {
      return false;
    }
    Sentence sentence = cluster.sentence(i);
    if (!cluster.isInSummaryLanguage(sentence.documentIndex()) || SentenceShape.isContinuation(sentence.text())) {
      return false;
    }
    return SentenceShape.endsLikeSentence(sentence.text())
        || !cluster.hasPunctuatedSentences(sentence.documentIndex());
  }
}
