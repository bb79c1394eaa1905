package org.newsum.internal.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.output.SentenceOrderer;
import org.newsum.text.AnalyzedCluster;

/**
 * Orders summary sentences as a reader expects a news story: by publication date of their
 * documents when known (undated last), then by relative position in the document (a lead
 * sentence before a closing remark, whichever outlet wrote it), then by document order. A
 * sentence that directly follows another selected sentence of its document is kept right after
 * it, so that a passage stays whole and its second sentence keeps its context.
 */
public final class ChronologicalOrderer implements SentenceOrderer {
  @Override
  public List<Integer> order(AnalyzedCluster cluster, List<Integer> selected) {
    List<Document> docs = cluster.cluster().documents();
    Comparator<Integer> byDate = Comparator.comparing(
        (Integer i) -> docs.get(cluster.sentence(i).documentIndex()).date(),
        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
    Comparator<Integer> byPosition = Comparator.comparingDouble((Integer i) -> relativePosition(cluster, i));
    List<Integer> sorted = selected.stream()
        .sorted(byDate.thenComparing(byPosition).thenComparingInt(i -> cluster.sentence(i).documentIndex()))
        .toList();
    Set<Integer> remaining = new HashSet<>(selected);
    List<Integer> ordered = new ArrayList<>(selected.size());
    for (int i : sorted) {
      // Sentence indices are consecutive within a document, so i + 1 is the next sentence of
      // the same document whenever both are in the same document.
      for (int next = i; remaining.remove(next); next++) {
        ordered.add(next);
        if (next + 1 >= cluster.size()
            || cluster.sentence(next + 1).documentIndex() != cluster.sentence(next).documentIndex()) {
          break;
        }
      }
    }
    return ordered;
  }

  private static double relativePosition(AnalyzedCluster cluster, int i) {
    Sentence s = cluster.sentence(i);
    return (double) s.index() / Math.max(1, cluster.documentSentenceCount(s.documentIndex()));
  }
}
