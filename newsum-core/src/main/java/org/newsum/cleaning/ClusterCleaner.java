package org.newsum.cleaning;

import org.newsum.model.Cluster;

/**
 * Removes page furniture (menus, ads, forms, share pleas, copyright footers) from the texts of
 * a cluster before analysis. Works on the whole cluster because repetition across documents
 * is evidence of furniture. Implementations never modify their input and are thread-safe.
 */
@FunctionalInterface
public interface ClusterCleaner {
  Cluster clean(Cluster cluster);

  /** A cleaner that returns the cluster unchanged. */
  static ClusterCleaner none() {
    return cluster -> cluster;
  }
}
