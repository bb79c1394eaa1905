package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.LuhnSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code luhn} ({@link LuhnSummarizer}).
 *
 * @param significantShare share of the distinct content words, most frequent first, that are significant; in (0, 1] (default 0.1, chosen once on DUC 2004)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record LuhnOptions(double significantShare, int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<LuhnOptions>> KNOBS = List.of(
      Knob.decimal(LuhnOptions.class, "significantShare", Range.openClosed(0, 1),
          "share of the distinct content words, most frequent first, that are significant"),
      Knob.minWords(LuhnOptions.class), Knob.maxSimilarity(LuhnOptions.class));

  public LuhnOptions {
    Summarizers.check("luhn", KNOBS, significantShare, minWords, maxSimilarity);
  }

  /** The defaults: {@code significantShare} 0.1, chosen once on DUC 2004. */
  public static LuhnOptions defaults() {
    return new LuhnOptions(0.1, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "luhn";
  }

  @Override
  public Summarizer summarizer() {
    return new LuhnSummarizer(this);
  }
}
