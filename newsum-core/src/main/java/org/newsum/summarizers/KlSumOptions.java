package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.KlSumSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code kl} ({@link KlSumSummarizer}).
 *
 * @param smoothing additive smoothing of the summary's unigram distribution, {@code (c_S(w) + δ) / (N_S + δ·V)}, in pseudo-counts per word; greater than 0 (default 0.1, chosen once on DUC 2004)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record KlSumOptions(double smoothing, int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<KlSumOptions>> KNOBS = List.of(
      Knob.decimal(KlSumOptions.class, "smoothing", Range.greaterThan(0),
          "additive smoothing of the summary's word distribution, in pseudo-counts per word"),
      Knob.minWords(KlSumOptions.class), Knob.maxSimilarity(KlSumOptions.class));

  public KlSumOptions {
    Summarizers.check("kl", KNOBS, smoothing, minWords, maxSimilarity);
  }

  /** The defaults: {@code smoothing} 0.1, chosen once on DUC 2004. */
  public static KlSumOptions defaults() {
    return new KlSumOptions(0.1, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "kl";
  }

  @Override
  public Summarizer summarizer() {
    return new KlSumSummarizer(this);
  }
}
