package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.LexRankSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of LexRank ({@link LexRankSummarizer}): {@code lexrank} ({@link #continuous()}, edges
 * weighted by cosine) and {@code lexrank-threshold} ({@link #thresholded()}, unweighted edges
 * above a threshold).
 *
 * @param weighted whether edges are weighted by cosine ({@code lexrank}) or unweighted above the threshold
 *     ({@code lexrank-threshold})
 * @param threshold the cosine above which thresholded LexRank links two sentences; in [0, 1);
 *     ignored by the weighted graph (default {@value #DEFAULT_THRESHOLD}: the paper's best was 0.1
 *     on its data and idf; swept on DUC 2004 over {0.02, 0.035, 0.05, 0.075, 0.1, 0.125, 0.2},
 *     0.05 scored best with our sentence idf)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a sentence repeats one already chosen and
 *     is left out (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY})
 */
public record LexRankOptions(boolean weighted, double threshold, int minWords, double maxSimilarity)
    implements MethodOptions {
  /** Default of {@link #threshold()}. */
  public static final double DEFAULT_THRESHOLD = 0.05;

  /** The options of {@code lexrank}. */
  static final List<Knob<LexRankOptions>> CONTINUOUS_KNOBS = List.of(
      Knob.minWords(LexRankOptions.class), Knob.maxSimilarity(LexRankOptions.class));

  /** The options of {@code lexrank-threshold}. */
  static final List<Knob<LexRankOptions>> THRESHOLDED_KNOBS = List.of(
      Knob.decimal(LexRankOptions.class, "threshold", Range.closedOpen(0, 1), "cosine above which two sentences are linked"),
      CONTINUOUS_KNOBS.get(0), CONTINUOUS_KNOBS.get(1));

  public LexRankOptions {
    Summarizers.check(weighted ? "lexrank" : "lexrank-threshold", THRESHOLDED_KNOBS, threshold, minWords,
        maxSimilarity);
  }

  /** {@code lexrank}: edges weighted by cosine similarity. */
  public static LexRankOptions continuous() {
    return new LexRankOptions(true, DEFAULT_THRESHOLD, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  /** {@code lexrank-threshold}: an unweighted edge wherever the cosine exceeds {@value #DEFAULT_THRESHOLD}. */
  public static LexRankOptions thresholded() {
    return new LexRankOptions(false, DEFAULT_THRESHOLD, DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return weighted ? "lexrank" : "lexrank-threshold";
  }

  @Override
  public Summarizer summarizer() {
    return new LexRankSummarizer(this);
  }
}
