package org.newsum.summarizers;

import java.util.List;
import org.newsum.internal.summarizers.LeadSummarizer;

/**
 * Options of {@code lead} ({@link LeadSummarizer}).
 *
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param maxSimilarity content-word cosine from which a first sentence repeats one already taken
 *     (default {@value MethodOptions#DEFAULT_MAX_SIMILARITY}; wire copies of one story are skipped)
 */
public record LeadOptions(int minWords, double maxSimilarity) implements MethodOptions {
  static final List<Knob<LeadOptions>> KNOBS = List.of(
      Knob.minWords(LeadOptions.class), Knob.maxSimilarity(LeadOptions.class));

  public LeadOptions {
    Summarizers.check("lead", KNOBS, minWords, maxSimilarity);
  }

  /** The defaults. */
  public static LeadOptions defaults() {
    return new LeadOptions(DEFAULT_MIN_WORDS, DEFAULT_MAX_SIMILARITY);
  }

  @Override
  public String method() {
    return "lead";
  }

  @Override
  public Summarizer summarizer() {
    return new LeadSummarizer(this);
  }
}
