package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.TextRankSummarizer;

/**
 * Options of {@code textrank} ({@link TextRankSummarizer}).
 *
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record TextRankOptions(int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<TextRankOptions>> KNOBS = List.of(
      Knob.minWords(TextRankOptions.class), Knob.maxSimilarity(TextRankOptions.class));

  public TextRankOptions {
    Summarizers.check("textrank", KNOBS, minWords, maxSimilarity);
  }

  /** The defaults. */
  public static TextRankOptions defaults() {
    return new TextRankOptions(DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "textrank";
  }

  @Override
  public Summarizer summarizer() {
    return new TextRankSummarizer(this);
  }
}
