package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.internal.summarizers.AdaptiveSummarizer;
import org.newsum.summarizers.MethodOption.Range;
import org.newsum.text.AnalyzedCluster;

/**
 * Options of {@code default} ({@link AdaptiveSummarizer}): concept coverage ({@code ilp}) on
 * query-focused clusters and on generic clusters of more than {@code fewDocuments} documents,
 * thresholded LexRank on the others. Set by name, {@code default} takes the options of
 * {@code ilp} under their names ({@code minWords} applies to both methods) and LexRank's as
 * {@code centralityThreshold} and {@code centralityMaxSimilarity}.
 *
 * @param fewDocuments generic clusters of at most this many documents are summarized by
 *     centrality: with so few, every concept passes the document-frequency filter and concept
 *     weights say little; in [0, 1000], 0 always using concept coverage (default 3, chosen looking
 *     at Multi-News dev, where it raised ROUGE-2 F1 from 15.17 to 15.67; DUC clusters are unaffected)
 * @param coverage the concept-coverage options
 * @param centrality the thresholded LexRank options
 */
public record DefaultOptions(int fewDocuments, ConceptCoverageOptions coverage, LexRankOptions centrality)
    implements MethodOptions {
  static final List<Knob<DefaultOptions>> KNOBS = knobs();

  public DefaultOptions {
    if (coverage == null || centrality == null) {
      throw new org.newsum.NewsumException("method 'default': the coverage and centrality options are both needed");
    }
    Summarizers.check(Summarizers.DEFAULT, KNOBS.subList(0, 1), fewDocuments);
  }

  /** The chosen defaults: {@link ConceptCoverageOptions#defaults()}, {@link LexRankOptions#thresholded()}, 3 documents. */
  public static DefaultOptions defaults() {
    return new DefaultOptions(3, ConceptCoverageOptions.defaults(), LexRankOptions.thresholded());
  }

  /**
   * Concept coverage on every cluster ({@code fewDocuments} 0), as {@code default} was before the
   * switch to centrality on few documents (Multi-News dev ROUGE-1/2/SU4 F1 44.62 / 15.17 / 18.78,
   * against 45.11 / 15.67 / 19.30 with the switch at the time; see docs/methods.md).
   */
  public static DefaultOptions alwaysCoverage() {
    return new DefaultOptions(0, ConceptCoverageOptions.defaults(), LexRankOptions.thresholded());
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
    return documents <= fewDocuments ? new Choice(centrality, generic + " (at most " + fewDocuments + ")")
        : new Choice(coverage, generic + " (more than " + fewDocuments + ")");
  }

  private static List<Knob<DefaultOptions>> knobs() {
    List<Knob<DefaultOptions>> knobs = new ArrayList<>();
    knobs.add(Knob.integer("fewDocuments", Range.closed(0, 1000),
        "generic clusters of at most this many documents are summarized by centrality (LexRank)",
        DefaultOptions::fewDocuments, (o, v) -> new DefaultOptions((int) v, o.coverage(), o.centrality())));
    for (Knob<ConceptCoverageOptions> k : ConceptCoverageOptions.KNOBS) {
      if (!k.name().equals("minWords")) {
        knobs.add(Knob.of(k, DefaultOptions::coverage, (o, c) -> new DefaultOptions(o.fewDocuments(), c, o.centrality())));
      }
    }
    Knob<LexRankOptions> threshold = LexRankOptions.THRESHOLDED_KNOBS.get(0);
    Knob<LexRankOptions> similarity = LexRankOptions.THRESHOLDED_KNOBS.get(2);
    knobs.add(new Knob<>("centralityThreshold", threshold.type(), threshold.range(),
        "LexRank on few documents: " + threshold.description(), o -> o.centrality().threshold(),
        (o, v) -> new DefaultOptions(o.fewDocuments(), o.coverage(), threshold.set().set(o.centrality(), v))));
    knobs.add(new Knob<>("centralityMaxSimilarity", similarity.type(), similarity.range(),
        "LexRank on few documents: " + similarity.description(), o -> o.centrality().maxSimilarity(),
        (o, v) -> new DefaultOptions(o.fewDocuments(), o.coverage(), similarity.set().set(o.centrality(), v))));
    knobs.add(Knob.minWords((o, v) -> new DefaultOptions(o.fewDocuments(),
        new ConceptCoverageOptions(o.coverage().weights(), o.coverage().preferredMinWords(), o.coverage().minQueryWords(),
            o.coverage().maxSimilarity(), o.coverage().historySimilarity(), o.coverage().nodeLimit(), (int) v,
            o.coverage().preferReports()),
        new LexRankOptions(o.centrality().weighted(), o.centrality().threshold(), (int) v,
            o.centrality().maxSimilarity()))));
    return List.copyOf(knobs);
  }
}
