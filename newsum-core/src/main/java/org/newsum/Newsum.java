package org.newsum;

import java.util.List;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.FurnitureClassifier;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.Attribution;
import org.newsum.output.ChronologicalOrderer;
import org.newsum.output.SentenceOrderer;
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
  private final ClusterCleaner cleaner;
  private final ClusterAnalyzer analyzer;
  private final SentenceOrderer orderer;
  private final Attribution attribution;

  public Newsum(ClusterCleaner cleaner, ClusterAnalyzer analyzer, SentenceOrderer orderer) {
    this.cleaner = cleaner;
    this.analyzer = analyzer;
    this.orderer = orderer;
    this.attribution = new Attribution(GreedySelector.DEFAULT_MAX_SIMILARITY);
  }

  /** The standard pipeline: furniture classification, news sentence splitting, chronological order. */
  public static Newsum standard() {
    return new Newsum(new FurnitureClassifier(), ClusterAnalyzer.standard(), new ChronologicalOrderer());
  }

  /** This pipeline with another cleaner (e.g. {@link ClusterCleaner#none()} to measure cleaning). */
  public Newsum withCleaner(ClusterCleaner otherCleaner) {
    return new Newsum(otherCleaner, analyzer, orderer);
  }

  /**
   * Summarizes {@code cluster} with the method called {@code method} within {@code budget}.
   *
   * @throws NewsumException if the method is unknown or the cluster has no text
   */
  public Summary summarize(Cluster cluster, String method, Budget budget) {
    return summarize(cluster, Summarizers.byName(method), budget);
  }

  /** Summarizes {@code cluster} with a given summarizer. */
  public Summary summarize(Cluster cluster, Summarizer summarizer, Budget budget) {
    requireText(cluster);
    AnalyzedCluster analyzed = analyze(cluster);
    List<Integer> selected = summarizer.select(analyzed, budget);
    List<Integer> ordered = orderer.order(analyzed, selected);
    return new Summary(cluster.id(), summarizer.name(), budget, attribution.attribute(analyzed, ordered));
  }

  /** Cleans and analyses a cluster, as {@link #summarize} does before selection. */
  public AnalyzedCluster analyze(Cluster cluster) {
    return analyzer.analyze(cleaner.clean(cluster));
  }

  private static void requireText(Cluster cluster) {
    if (cluster.documents().isEmpty()) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no documents");
    }
    if (cluster.documents().stream().map(Document::text).allMatch(String::isBlank)) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no text: every document is empty");
    }
  }
}
