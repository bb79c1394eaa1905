package org.newsum.text;

import java.util.List;
import org.newsum.model.Span;

/**
 * Finds sentence boundaries. Returns spans into the input rather than copies (as OpenNLP's
 * {@code sentPosDetect}), so that every sentence can be traced back to its exact place in the
 * document. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface SentenceSplitter {
  /** Sentence spans in order, trimmed of surrounding white space, never empty. */
  List<Span> split(CharSequence text);

  /**
   * The splitter for text in {@code language} (an ISO 639-1 code, {@code "und"} when not known):
   * this one unless the splitter has rules of that language.
   */
  default SentenceSplitter forLanguage(String language) {
    return this;
  }
}
