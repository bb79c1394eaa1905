package org.newsum.model;

import java.util.List;

/**
 * A sentence of a summary with its provenance.
 *
 * @param sentence the extracted sentence, with its source document and span
 * @param alsoIn ids of other documents that say the same thing (may be empty)
 */
public record SummarySentence(Sentence sentence, List<String> alsoIn) {
  public SummarySentence {
    alsoIn = List.copyOf(alsoIn);
  }

  public String text() {
    return sentence.text();
  }
}
