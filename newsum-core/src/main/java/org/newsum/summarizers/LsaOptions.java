package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.LsaSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code lsa} ({@link LsaSummarizer}).
 *
 * @param maxDimensions most latent dimensions kept (those with a singular value of at least half the largest); in [1, 100] (default 1, swept on DUC 2004 over {1, 2, 3, 5, 10}: fewer scored better, 1 best)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record LsaOptions(int maxDimensions, int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<LsaOptions>> KNOBS = List.of(
      Knob.integer(LsaOptions.class, "maxDimensions", Range.closed(1, 100),
          "most latent dimensions (topics) a sentence is scored on"),
      Knob.minWords(LsaOptions.class), Knob.maxSimilarity(LsaOptions.class));

  public LsaOptions {
    Summarizers.check("lsa", KNOBS, maxDimensions, minWords, maxSimilarity);
  }

  /** The defaults: {@code maxDimensions} 1, swept on DUC 2004 over {1, 2, 3, 5, 10}. */
  public static LsaOptions defaults() {
    return new LsaOptions(1, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "lsa";
  }

  @Override
  public Summarizer summarizer() {
    return new LsaSummarizer(this);
  }
}
