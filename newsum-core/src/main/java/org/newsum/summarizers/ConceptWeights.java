package org.newsum.summarizers;

import java.util.List;
import org.newsum.summarizers.MethodOption.Range;

/**
 * How {@code ilp} (and so {@code default}) weights concepts (its stemmed word bigrams and words): a concept's
 * weight is the number of documents that use it, each counting more for an early mention, boosted
 * when it touches the query. The defaults were chosen on DUC 2004 (position and lead prior) and
 * DUC 2006 (the query-specific ones); the grids are in docs/benchmarks/default.md.
 *
 * @param positionWeight extra weight of a mention in a document's first sentence; a mention in
 *     sentence {@code p} (from 0) adds {@code positionWeight / (p + 1)} to the 1 a document counts.
 *     Not used when the cluster has a query, unless it also has a history (documents already read):
 *     then later articles open with what is new. At least 0 (default 2, DUC 2004)
 * @param queryWeight relative boost of a concept whose words are all query words (half of it
 *     when one of its two words is); at least 0 (default 3, DUC 2006)
 * @param maxMinDocuments cap on the document frequency a concept needs: concepts used by fewer
 *     than {@code min(maxMinDocuments, ceil(documents / 3))} documents are dropped; in [1, 1000]
 *     (default 4, DUC 2004)
 * @param unigramWeight weight of single content words relative to bigrams; 0 leaves them out; at
 *     least 0 (default 1, DUC 2004)
 * @param leadWeight position prior of generic summaries: sentence {@code p} of its document also
 *     covers a concept of its own worth {@code leadWeight / (documents × (p + 1))} times the summed
 *     weight of its other concepts. Not used with a query. At least 0 (default 3, DUC 2004)
 * @param relevanceExponent with a query, a document's mentions count
 *     {@code (share / mean share)^relevanceExponent}, its share being that of its sentences that
 *     answer the query; 0 weighs every document alike. At least 0 (default 0.5, DUC 2006)
 * @param historyWeight with a history (documents the reader has already read), what a concept keeps
 *     of its weight when every history document uses it: it keeps {@code 1 - (1 - historyWeight) ×
 *     share}, {@code share} being the share of history documents that use it. In [0, 1], 1 ignoring
 *     the history (default 0.8, DUC 2007 update: 0.5 and 0 scored lower; see
 *     docs/benchmarks/update.md)
 * @param historySentenceWeight with a history, each sentence also covers a concept of its own worth
 *     {@code historySentenceWeight} times the summed weight of its other concepts: of two selections
 *     of about equal coverage, the one of sentences that gather more of the topic's weighted
 *     vocabulary wins (update summaries reuse the topic's core words). At least 0, 0 for none
 *     (default 0.03, DUC 2007 update set B: 0.01 to 0.05 tie; see docs/benchmarks/update.md, "Fifth pass")
 * @param nearCopyShare two documents are near-copies (wire copies, updated editions of one story) when this share of
 *     the smaller one's word trigrams are also the other's; a group of near-copies counts as one document, each
 *     copy weighing 1 / the group's size, so that a story filed three times does not count its concepts three times.
 *     In [0, 1], 0 for none (default 0.6, DUC 2004: 0.5 to 0.7 tie; see docs/benchmarks/update.md, "Eighth pass")
 */
public record ConceptWeights(double positionWeight, double queryWeight, int maxMinDocuments, double unigramWeight,
    double leadWeight, double relevanceExponent, double historyWeight, double historySentenceWeight, double nearCopyShare) {
  /** Set by name through {@link ConceptCoverageOptions}. */
  static final List<Knob<ConceptWeights>> KNOBS = List.of(
      Knob.decimal(ConceptWeights.class, "positionWeight", Range.atLeast(0),
          "extra weight of a concept mention in a document's first sentence (decays as 1/(p+1); generic clusters only)"),
      Knob.decimal(ConceptWeights.class, "queryWeight", Range.atLeast(0),
          "boost of a concept made of query words (half for one query word)"),
      Knob.integer(ConceptWeights.class, "maxMinDocuments", Range.closed(1, 1000),
          "cap on the documents a concept must appear in (min(cap, ceil(docs/3)))"),
      Knob.decimal(ConceptWeights.class, "unigramWeight", Range.atLeast(0),
          "weight of single content words relative to bigrams (0: bigrams only)"),
      Knob.decimal(ConceptWeights.class, "leadWeight", Range.atLeast(0),
          "lead prior of generic summaries, divided by documents × (p+1)"),
      Knob.decimal(ConceptWeights.class, "relevanceExponent", Range.atLeast(0),
          "with a query: documents weigh (share of answering sentences / mean share)^exponent"),
      Knob.decimal(ConceptWeights.class, "historyWeight", Range.closed(0, 1),
          "weight a concept keeps when every history document uses it (linear in the share that does)"),
      Knob.decimal(ConceptWeights.class, "historySentenceWeight", Range.atLeast(0),
          "with a history: each sentence also covers a concept of its own worth this share of its other concepts' weight"),
      Knob.decimal(ConceptWeights.class, "nearCopyShare", Range.closed(0, 1),
          "share of the smaller document's word trigrams another must hold for the two to count as one document (0: off)"));

  public ConceptWeights {
    Summarizers.check("ilp", KNOBS, positionWeight, queryWeight, maxMinDocuments, unigramWeight, leadWeight,
        relevanceExponent, historyWeight, historySentenceWeight, nearCopyShare);
  }

  /** The chosen weights (see the components). */
  public static ConceptWeights defaults() {
    return new ConceptWeights(2.0, 3.0, 4, 1.0, 3.0, 0.5, 0.8, 0.03, 0.6);
  }

  /**
   * Gillick &amp; Favre's (2009) weights as published: bigrams weighted by document frequency
   * alone (no position, unigrams, lead prior or query weighting; concepts in at least 3 documents
   * of larger clusters). The baseline of the tuning: on DUC 2004 it scored 37.30 / 9.03
   * where the first tuned weights reached 39.03 / 9.96 (round 1 of docs/benchmarks/default.md,
   * with the pipeline of that time).
   */
  public static ConceptWeights gillickFavre2009() {
    return new ConceptWeights(0, 0, 3, 0, 0, 0, 1, 0, 0);
  }
}
