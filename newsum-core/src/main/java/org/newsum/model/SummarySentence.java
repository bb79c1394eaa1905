package org.newsum.model;

import java.util.List;

/**
 * A sentence of a summary with its provenance.
 *
 * @param sentence the extracted sentence, with its source document and span
 * @param alsoIn ids of other documents that say the same thing (may be empty)
 * @param alsoInSentences for each of {@code alsoIn}, in the same order, the sentence of that
 *     document closest to this one (where a reader can jump to see it said there)
 * @param kept for a compressed sentence (a shorter form of {@code sentence}, some asides or
 *     clauses cut), the parts of its document's text it keeps, in order, within the sentence's
 *     span; empty when the whole sentence is used
 */
public record SummarySentence(Sentence sentence, List<String> alsoIn, List<Sentence> alsoInSentences, List<Span> kept) {
  public SummarySentence {
    alsoIn = List.copyOf(alsoIn);
    alsoInSentences = List.copyOf(alsoInSentences);
    kept = List.copyOf(kept);
    if (alsoIn.size() != alsoInSentences.size()) {
      throw new IllegalArgumentException("one sentence per alsoIn document: " + alsoIn.size() + " ids, "
          + alsoInSentences.size() + " sentences");
    }
    for (Span k : kept) {
      if (k.start() < sentence.start() || k.end() > sentence.end()) {
        throw new IllegalArgumentException("kept part " + k + " outside the sentence's span [" + sentence.start() + ", "
            + sentence.end() + ")");
      }
    }
  }

  /** The whole sentence. */
  public SummarySentence(Sentence sentence, List<String> alsoIn, List<Sentence> alsoInSentences) {
    this(sentence, alsoIn, alsoInSentences, List.of());
  }

  /** Whether this is a shorter form of its sentence ({@link #kept} is not empty). */
  public boolean compressed() {
    return !kept.isEmpty();
  }

  /**
   * The text shown: the sentence's, or for a compressed one its kept parts joined, the first
   * letter upper-cased (when a leading phrase was cut).
   */
  public String text() {
    return compressed() ? keptText(sentence.text(), sentence.start(), kept) : sentence.text();
  }

  /**
   * The parts {@code kept} (offsets counted so that {@code sentenceStart} is the first character
   * of {@code sentenceText}) joined, the first letter upper-cased.
   */
  public static String keptText(String sentenceText, int sentenceStart, List<Span> kept) {
    StringBuilder out = new StringBuilder(sentenceText.length());
    for (Span k : kept) {
      out.append(sentenceText, k.start() - sentenceStart, k.end() - sentenceStart);
    }
    for (int c = 0; c < out.length(); c++) {
      if (Character.isLetter(out.charAt(c))) {
        out.setCharAt(c, Character.toUpperCase(out.charAt(c)));
        break;
      }
    }
    return out.toString();
  }
}
