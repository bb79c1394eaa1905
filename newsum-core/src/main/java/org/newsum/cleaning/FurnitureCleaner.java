package org.newsum.cleaning;

import java.util.List;
import org.newsum.model.Cluster;

/**
 * A {@link ClusterCleaner} that can also say what it decided: every block of every document,
 * labelled article or furniture with the reason (what {@code newsum clean} prints).
 */
public interface FurnitureCleaner extends ClusterCleaner {
  /** The labelled blocks of every document of {@code cluster}, in document order. */
  List<PageLayout> classify(Cluster cluster);

  /**
   * The standard cleaner: labels blocks by their features (length, punctuation, links, repetition
   * across the cluster, position on the page), not by lists of phrases.
   */
  static FurnitureCleaner standard() {
    return new org.newsum.internal.cleaning.FurnitureClassifier();
  }
}
