package org.newsum.summarizers;

import java.util.List;
import org.newsum.model.Span;

/**
 * A sentence a summarizer chose, whole or shortened.
 *
 * @param sentence index into {@link org.newsum.text.AnalyzedCluster#sentences()}
 * @param kept for a shortened sentence, the parts of its document's text it keeps, in order,
 *     within the sentence's span ({@link org.newsum.model.SummarySentence#kept()}); empty for the
 *     whole sentence
 */
public record Extract(int sentence, List<Span> kept) {
  public Extract {
    kept = List.copyOf(kept);
  }

  /** The whole sentence {@code sentence}. */
  public static Extract whole(int sentence) {
    return new Extract(sentence, List.of());
  }
}
