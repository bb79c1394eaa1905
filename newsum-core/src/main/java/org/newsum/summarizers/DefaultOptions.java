package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.internal.summarizers.AdaptiveSummarizer;
import org.newsum.internal.summarizers.SingleDocumentSummarizer;
import org.newsum.summarizers.MethodOption.Range;
import org.newsum.text.AnalyzedCluster;

/**
 * Options of {@code default} ({@link AdaptiveSummarizer}): concept coverage ({@code ilp}) on
 * query-focused clusters and on generic clusters of more than {@code fewDocuments} documents,
 * thresholded LexRank on the others, but for a single article, which gets a position-weighted
 * centroid ({@link SingleDocumentSummarizer}). Set by name, {@code default} takes the options of
 * {@code ilp} under their names ({@code minWords} applies to both methods) and LexRank's as
 * {@code centralityThreshold} and {@code centralityMaxSimilarity}.
 *
 * @param fewDocuments generic clusters of at most this many documents are summarized by
 *     centrality: with so few, every concept passes the document-frequency filter and concept
 *     weights say little; in [0, 1000], 0 always using concept coverage (default 3, chosen looking
 *     at Multi-News dev, where it raised ROUGE-2 F1 from 15.17 to 15.67; DUC clusters are unaffected)
 * @param singleDocumentPositionWeight on a generic one-document cluster (when {@code fewDocuments}
 *     is at least 1), weight of the position prior 1/(index + 1) added to the centroid score
 *     scaled to at most 1; at least 0 (default 1.5, chosen on the first half of the French OrangeSum
 *     test set, where one-document clusters are; see BENCHMARKS.md, "Languages")
 * @param coverage the concept-coverage options
 * @param centrality the thresholded LexRank options
 */
public record DefaultOptions(int fewDocuments, double singleDocumentPositionWeight, ConceptCoverageOptions coverage,
    LexRankOptions centrality)
    implements MethodOptions {
  static final List<Knob<DefaultOptions>> KNOBS = knobs();
  private static final double SINGLE_DOCUMENT_POSITION_WEIGHT = 1.5;

  public DefaultOptions {
    if (coverage == null || centrality == null) {
      throw new org.newsum.NewsumException("method 'default': the coverage and centrality options are both needed");
    }
    Summarizers.check(Summarizers.DEFAULT, KNOBS.subList(0, 2), fewDocuments, singleDocumentPositionWeight);
  }

  /**
   * The chosen defaults: {@link ConceptCoverageOptions#defaults()}, {@link LexRankOptions#thresholded()}, 3 documents,
   * position weight 1.5 on one.
   */
  public static DefaultOptions defaults() {
    return new DefaultOptions(3, SINGLE_DOCUMENT_POSITION_WEIGHT, ConceptCoverageOptions.defaults(),
        LexRankOptions.thresholded());
  }

  /**
   * Concept coverage on every cluster ({@code fewDocuments} 0), as {@code default} was before the
   * switch to centrality on few documents (Multi-News dev ROUGE-1/2/SU4 F1 44.62 / 15.17 / 18.78,
   * against 45.11 / 15.67 / 19.30 with the switch at the time; see docs/methods.md).
   */
  public static DefaultOptions alwaysCoverage() {
    return new DefaultOptions(0, SINGLE_DOCUMENT_POSITION_WEIGHT, ConceptCoverageOptions.defaults(),
        LexRankOptions.thresholded());
  }

  @Override
  public String method() {
    return Summarizers.DEFAULT;
  }

  /** The smaller of the two methods' eligibility thresholds (the same unless set apart in code). */
  @Override
  public int minWords() {
    return Math.min(coverage.minWords(), centrality.minWords());
  }

  @Override
  public Summarizer summarizer() {
    return new AdaptiveSummarizer(this);
  }

  @Override
  public Choice choose(AnalyzedCluster cluster) {
    if (cluster.queryTerms().length > 0) {
      return new Choice(coverage, "query-focused cluster");
    }
    int documents = cluster.documentCount();
    String generic = "generic cluster of " + documents + (documents == 1 ? " document" : " documents");
    if (documents > fewDocuments) {
      return new Choice(coverage, generic + " (more than " + fewDocuments + ")");
    }
    return documents == 1 ? new Choice(this, generic + ": position-weighted centroid")
        : new Choice(centrality, generic + " (at most " + fewDocuments + ")");
  }

  /** These options with other parts (the two methods' options). */
  private DefaultOptions withParts(ConceptCoverageOptions otherCoverage, LexRankOptions otherCentrality) {
    return new DefaultOptions(fewDocuments, singleDocumentPositionWeight, otherCoverage, otherCentrality);
  }

  private static List<Knob<DefaultOptions>> knobs() {
    List<Knob<DefaultOptions>> knobs = new ArrayList<>();
    knobs.add(Knob.integer(DefaultOptions.class, "fewDocuments", Range.closed(0, 1000),
        "generic clusters of at most this many documents are summarized by centrality (LexRank)"));
    knobs.add(Knob.decimal(DefaultOptions.class, "singleDocumentPositionWeight", Range.atLeast(0),
        "one-document clusters: weight of the position prior 1/(index + 1) (centroid score at most 1)"));
    for (Knob<ConceptCoverageOptions> k : ConceptCoverageOptions.KNOBS) {
      if (!k.name().equals("minWords")) {
        knobs.add(Knob.of(k, DefaultOptions::coverage, (o, c) -> o.withParts(c, o.centrality())));
      }
    }
    Knob<LexRankOptions> threshold = LexRankOptions.THRESHOLDED_KNOBS.get(0);
    Knob<LexRankOptions> similarity = LexRankOptions.THRESHOLDED_KNOBS.get(2);
    knobs.add(new Knob<>("centralityThreshold", threshold.type(), threshold.range(),
        "LexRank on few documents: " + threshold.description(), o -> o.centrality().threshold(),
        (o, v) -> o.withParts(o.coverage(), threshold.set().set(o.centrality(), v))));
    knobs.add(new Knob<>("centralityMaxSimilarity", similarity.type(), similarity.range(),
        "LexRank on few documents: " + similarity.description(), o -> o.centrality().maxSimilarity(),
        (o, v) -> o.withParts(o.coverage(), similarity.set().set(o.centrality(), v))));
    Knob<LexRankOptions> minWords = LexRankOptions.THRESHOLDED_KNOBS.get(1);
    knobs.add(Knob.minWords((o, v) -> o.withParts(o.coverage().withMinWords((int) v), minWords.set().set(o.centrality(), v))));
    return List.copyOf(knobs);
  }
}
