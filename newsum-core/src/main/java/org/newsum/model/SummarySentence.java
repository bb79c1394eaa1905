package org.newsum.model;

import java.util.List;

/**
 * A sentence of a summary with its provenance.
 *
 * @param sentence the extracted sentence, with its source document and span
 * @param alsoIn ids of other documents that say the same thing (may be empty)
 * @param alsoInSentences for each of {@code alsoIn}, in the same order, the sentence of that
 *     document closest to this one (where a reader can jump to see it said there)
 */
public record SummarySentence(Sentence sentence, List<String> alsoIn, List<Sentence> alsoInSentences) {
  public SummarySentence {
    alsoIn = List.copyOf(alsoIn);
    alsoInSentences = List.copyOf(alsoInSentences);
    if (alsoIn.size() != alsoInSentences.size()) {
      throw new IllegalArgumentException("one sentence per alsoIn document: " + alsoIn.size() + " ids, "
          + alsoInSentences.size() + " sentences");
    }
  }

  public String text() {
    return sentence.text();
  }
}
