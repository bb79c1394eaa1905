package org.newsum;

import java.util.List;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.FurnitureClassifier;
import org.newsum.documents.InputException;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.Attribution;
import org.newsum.output.ChronologicalOrderer;
import org.newsum.output.SentenceOrderer;
import org.newsum.summarizers.Eligibility;
import org.newsum.summarizers.GreedySelector;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

/**
 * The library's front door: clean, analyse, select, order and attribute, in one call.
 *
 * <pre>{@code
 * Newsum newsum = Newsum.standard();
 * Summary s = newsum.summarize(cluster, "default", Budget.words(100));
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class Newsum {
  /**
   * Default for {@link #withMaxCharacters}: the most text one cluster may hold (50 million
   * characters, a thousand times a large news cluster; analysis needs about ten bytes of heap
   * per character).
   */
  public static final long DEFAULT_MAX_CHARACTERS = 50_000_000L;

  private final ClusterCleaner cleaner;
  private final ClusterAnalyzer analyzer;
  private final SentenceOrderer orderer;
  private final Attribution attribution;
  private final long maxCharacters;

  public Newsum(ClusterCleaner cleaner, ClusterAnalyzer analyzer, SentenceOrderer orderer) {
    this(cleaner, analyzer, orderer, DEFAULT_MAX_CHARACTERS);
  }

  private Newsum(ClusterCleaner cleaner, ClusterAnalyzer analyzer, SentenceOrderer orderer, long maxCharacters) {
    this.cleaner = cleaner;
    this.analyzer = analyzer;
    this.orderer = orderer;
    this.attribution = new Attribution(GreedySelector.DEFAULT_MAX_SIMILARITY);
    this.maxCharacters = maxCharacters;
  }

  /** The standard pipeline: furniture classification, news sentence splitting, chronological order. */
  public static Newsum standard() {
    return new Newsum(new FurnitureClassifier(), ClusterAnalyzer.standard(), new ChronologicalOrderer());
  }

  /** This pipeline with another cleaner (e.g. {@link ClusterCleaner#none()} to measure cleaning). */
  public Newsum withCleaner(ClusterCleaner otherCleaner) {
    return new Newsum(otherCleaner, analyzer, orderer, maxCharacters);
  }

  /**
   * This pipeline refusing clusters with more than {@code limit} characters of text in all (an
   * {@link InputException}), which bounds the time and memory one call can take.
   */
  public Newsum withMaxCharacters(long limit) {
    if (limit < 1) {
      throw new NewsumException("the character limit must be at least 1, got " + limit);
    }
    return new Newsum(cleaner, analyzer, orderer, limit);
  }

  /**
   * Summarizes {@code cluster} with the method called {@code method} within {@code budget}.
   *
   * @throws NewsumException if the method is unknown, or the cluster has no article text (no
   *     sentence a summary could use: empty documents, only headlines, menus or fragments)
   * @throws InputException if the cluster has more text than {@link #withMaxCharacters} allows
   */
  public Summary summarize(Cluster cluster, String method, Budget budget) {
    return summarize(cluster, Summarizers.byName(method), budget);
  }

  /** Summarizes {@code cluster} with a given summarizer. */
  public Summary summarize(Cluster cluster, Summarizer summarizer, Budget budget) {
    return summarize(analyze(cluster), summarizer, budget);
  }

  /**
   * Summarizes a cluster already cleaned and analysed by {@link #analyze}; sentence spans refer
   * to the texts of {@code analyzed.cluster()}, which callers that show sources can keep.
   */
  public Summary summarize(AnalyzedCluster analyzed, Summarizer summarizer, Budget budget) {
    requireEligibleSentence(analyzed);
    List<Integer> selected = summarizer.select(analyzed, budget);
    List<Integer> ordered = orderer.order(analyzed, selected);
    return new Summary(analyzed.cluster().id(), summarizer.name(), budget, attribution.attribute(analyzed, ordered));
  }

  /**
   * Cleans and analyses a cluster, as {@link #summarize} does before selection; analyse once to
   * summarize one cluster with several methods.
   *
   * @throws NewsumException if the cluster has no documents or only empty ones
   * @throws InputException if the cluster has more text than {@link #withMaxCharacters} allows
   */
  public AnalyzedCluster analyze(Cluster cluster) {
    requireText(cluster);
    return analyzer.analyze(cleaner.clean(cluster));
  }

  private void requireText(Cluster cluster) {
    if (cluster.documents().isEmpty()) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no documents");
    }
    long characters = cluster.documents().stream().mapToLong(d -> d.text().length()).sum();
    if (characters > maxCharacters) {
      throw new InputException("cluster '" + cluster.id() + "'",
          "too large (" + characters + " characters of text; the limit is " + maxCharacters + ")");
    }
    if (cluster.documents().stream().map(Document::text).allMatch(String::isBlank)) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no text: every document is empty");
    }
  }

  private static void requireEligibleSentence(AnalyzedCluster analyzed) {
    for (int i = 0; i < analyzed.size(); i++) {
      if (Eligibility.isEligible(analyzed, i)) {
        return;
      }
    }
    throw new NewsumException("cluster '" + analyzed.cluster().id() + "' has no article text: no sentence of at least "
        + Eligibility.MIN_WORDS + " words, only headlines, menus or fragments");
  }
}
