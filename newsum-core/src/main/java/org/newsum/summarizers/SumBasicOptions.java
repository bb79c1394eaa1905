package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.SumBasicSummarizer;

/**
 * Options of {@code sumbasic} ({@link SumBasicSummarizer}).
 *
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record SumBasicOptions(int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<SumBasicOptions>> KNOBS = List.of(
      Knob.minWords(SumBasicOptions.class), Knob.maxSimilarity(SumBasicOptions.class));

  public SumBasicOptions {
    Summarizers.check("sumbasic", KNOBS, minWords, maxSimilarity);
  }

  /** The defaults. */
  public static SumBasicOptions defaults() {
    return new SumBasicOptions(DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "sumbasic";
  }

  @Override
  public Summarizer summarizer() {
    return new SumBasicSummarizer(this);
  }
}
