package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.CentroidSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code centroid} ({@link CentroidSummarizer}), MEAD's score weights relative to the
 * centroid score (weight 1).
 *
 * @param positionWeight weight of the position bonus that decays from each document's first
 *     sentence; at least 0 (default 1, MEAD's)
 * @param firstSentenceWeight weight of a sentence's overlap with its document's first sentence;
 *     at least 0 (default 1, MEAD's)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record CentroidOptions(double positionWeight, double firstSentenceWeight, int minWords, double maxSimilarity)
    implements MethodOptions {
  static final List<Knob<CentroidOptions>> KNOBS = List.of(
      Knob.decimal(CentroidOptions.class, "positionWeight", Range.atLeast(0),
          "weight of the position bonus (centroid score weighs 1)"),
      Knob.decimal(CentroidOptions.class, "firstSentenceWeight", Range.atLeast(0),
          "weight of the overlap with the document's first sentence (centroid score weighs 1)"),
      Knob.minWords(CentroidOptions.class), Knob.maxSimilarity(CentroidOptions.class));

  public CentroidOptions {
    Summarizers.check("centroid", KNOBS, positionWeight, firstSentenceWeight, minWords, maxSimilarity);
  }

  /** MEAD's defaults: centroid, position and first-sentence overlap weighted 1 : 1 : 1. */
  public static CentroidOptions defaults() {
    return new CentroidOptions(1.0, 1.0, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "centroid";
  }

  @Override
  public Summarizer summarizer() {
    return new CentroidSummarizer(this);
  }
}
