package org.newsum.output;

import java.util.List;
import org.newsum.text.AnalyzedCluster;

/** Puts the selected sentences of a summary in reading order. Implementations are thread-safe. */
@FunctionalInterface
public interface SentenceOrderer {
  /** The same indices as {@code selected}, reordered. */
  List<Integer> order(AnalyzedCluster cluster, List<Integer> selected);
}
