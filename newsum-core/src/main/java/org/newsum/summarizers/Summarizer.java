package org.newsum.summarizers;

import java.util.List;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

/**
 * A summarization method: chooses which sentences of an analysed cluster make the summary.
 *
 * <p>Implementations only select; ordering, attribution and formatting are done by the
 * pipeline ({@link org.newsum.Newsum}), so every method gets them alike. The selected
 * sentences must fit the budget together (whole sentences, or as {@linkplain #extract shortened}
 * by a method that shortens them) and must not repeat one another.
 * Implementations are immutable and thread-safe. The registry's methods are built from their
 * {@link MethodOptions} ({@link MethodOptions#summarizer()}); a summarizer of one's own can be
 * passed to {@link org.newsum.Newsum#summarize(org.newsum.model.Cluster, Summarizer,
 * org.newsum.model.Budget)} directly.
 */
public interface Summarizer {
  /** The name users select the method by, e.g. {@code "lead"}. */
  String name();

  /**
   * Indices into {@link AnalyzedCluster#sentences()} of the chosen sentences (for a method that
   * shortens sentences, those of {@link #extract}, whose whole text may exceed the budget).
   */
  List<Integer> select(AnalyzedCluster cluster, Budget budget);

  /**
   * The chosen sentences, each whole or shortened ({@link Extract}), fitting the budget as
   * shown; this is what the pipeline summarizes with. By default {@link #select}'s, whole.
   */
  default List<Extract> extract(AnalyzedCluster cluster, Budget budget) {
    return select(cluster, budget).stream().map(Extract::whole).toList();
  }
}
