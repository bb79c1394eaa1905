package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.MmrSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code mmr} ({@link MmrSummarizer}).
 *
 * @param lambda weight of relevance (to the query, or the cluster centroid without one) against redundancy with the summary so far; in [0, 1] (default 0.85, swept on DUC 2004 over {0.3, 0.5, 0.7, 0.85, 0.95})
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record MmrOptions(double lambda, int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<MmrOptions>> KNOBS = List.of(
      Knob.decimal(MmrOptions.class, "lambda", Range.closed(0, 1),
          "weight of relevance (to the query, or the cluster centroid) against redundancy"),
      Knob.minWords(MmrOptions.class), Knob.maxSimilarity(MmrOptions.class));

  public MmrOptions {
    Summarizers.check("mmr", KNOBS, lambda, minWords, maxSimilarity);
  }

  /** The defaults: {@code lambda} 0.85, swept on DUC 2004 over {0.3, 0.5, 0.7, 0.85, 0.95}. */
  public static MmrOptions defaults() {
    return new MmrOptions(0.85, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "mmr";
  }

  @Override
  public Summarizer summarizer() {
    return new MmrSummarizer(this);
  }
}
