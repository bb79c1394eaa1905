package org.newsum.output;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.text.AnalyzedCluster;

/**
 * Orders summary sentences as a reader expects a news story: by publication date of their
 * documents when known (undated last), then by relative position in the document (a lead
 * sentence before a closing remark, whichever outlet wrote it), then by document order.
 */
public final class ChronologicalOrderer implements SentenceOrderer {
  @Override
  public List<Integer> order(AnalyzedCluster cluster, List<Integer> selected) {
    List<Document> docs = cluster.cluster().documents();
    Comparator<Integer> byDate = Comparator.comparing(
        (Integer i) -> docs.get(cluster.sentence(i).documentIndex()).date(),
        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
    Comparator<Integer> byPosition = Comparator.comparingDouble((Integer i) -> relativePosition(cluster, i));
    return selected.stream()
        .sorted(byDate.thenComparing(byPosition).thenComparingInt(i -> cluster.sentence(i).documentIndex()))
        .toList();
  }

  private static double relativePosition(AnalyzedCluster cluster, int i) {
    Sentence s = cluster.sentence(i);
    return (double) s.index() / Math.max(1, cluster.documentSentenceCount(s.documentIndex()));
  }
}
