package org.newsum.summarizers;

import java.util.Map;
import org.newsum.text.AnalyzedCluster;

/**
 * The options of one summarization method: an immutable record per method with named presets
 * ({@code defaults()} everywhere) and the chosen defaults documented on each component. A
 * method is built from its options ({@link #summarizer()}); front ends set options by name
 * ({@link #with}) from the descriptions {@link Summarizers#describe()} lists.
 *
 * <p>Every method shares two thresholds: eligibility ({@link #minWords()}: sentences shorter than
 * that are fragments and never selected) and redundancy (a {@code maxSimilarity} component:
 * content-word cosine from which a sentence repeats one already chosen).
 */
public sealed interface MethodOptions permits DefaultOptions, LeadOptions, CentroidOptions, ConceptCoverageOptions,
    LexRankOptions, TextRankOptions, LsaOptions, SumBasicOptions, KlSumOptions, LuhnOptions, MmrOptions {
  /**
   * Default shortest selectable sentence, in words: shorter ones are headlines, bylines,
   * captions and other fragments. The project's threshold from the start, kept through every
   * tuning round (see docs/methods.md).
   */
  int DEFAULT_MIN_WORDS = 5;

  /**
   * Default near-duplicate threshold of the methods that fill a budget greedily: content-word
   * cosine from which two sentences say the same thing. {@code ilp} uses its own (0.7, tuned on
   * DUC 2004; see {@link ConceptCoverageOptions#maxSimilarity()}).
   */
  double DEFAULT_MAX_SIMILARITY = 0.5;

  /** The name the method is selected by, e.g. {@code "mmr"}. */
  String method();

  /** Shortest sentence, in words, the method may select (eligibility). */
  int minWords();

  /** The summarizer these options configure. */
  Summarizer summarizer();

  /**
   * The options that actually select for {@code cluster}, and why when they are not these: the
   * {@code default} method picks concept coverage or centrality per cluster. Others return
   * themselves with an empty reason.
   */
  default Choice choose(AnalyzedCluster cluster) {
    return new Choice(this, "");
  }

  /**
   * These options with the one called {@code name} set from text, e.g. {@code with("lambda", "0.7")}.
   *
   * @throws org.newsum.NewsumException naming the option, the method and the valid range when the
   *     method has no such option or the value is not valid
   */
  default MethodOptions with(String name, String value) {
    return Summarizers.with(this, name, value);
  }

  /** These options with each of {@code settings} (name to value as text) set in order; see {@link #with(String, String)}. */
  default MethodOptions with(Map<String, String> settings) {
    MethodOptions set = this;
    for (Map.Entry<String, String> e : settings.entrySet()) {
      set = set.with(e.getKey(), e.getValue());
    }
    return set;
  }

  /** Every option's value by name, in the order {@link Summarizers#describe()} lists them. */
  default Map<String, Number> values() {
    return Summarizers.values(this);
  }

  /**
   * The options that select for a cluster (see {@link #choose}).
   *
   * @param options the options of the method that selects
   * @param reason why that method was chosen; empty when the method was asked for directly
   */
  record Choice(MethodOptions options, String reason) {}
}
