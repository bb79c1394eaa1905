package org.newsum.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class ChronologicalOrdererTest {
  private static final String FOUR = "First fact here. Second fact here. Third fact here. Fourth fact here.";

  @Test
  void ordersByDateThenByPositionInTheDocument() {
    Cluster cluster = Cluster.of("c", List.of(
        new Document("late", "", FOUR, LocalDate.of(2020, 1, 3), null),
        new Document("early", "", FOUR, LocalDate.of(2020, 1, 1), null)));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
    // sentences 0-3 are from "late", 4-7 from "early"
    List<Integer> ordered = new ChronologicalOrderer().order(analyzed, List.of(1, 0, 7, 5));

    assertThat(ordered).containsExactly(5, 7, 0, 1);
  }

  @Test
  void keepsADocumentsConsecutiveSentencesTogether() {
    Cluster cluster = Cluster.of("c", List.of(Document.of("a", FOUR), Document.of("b", FOUR)));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
    // 0-3 from "a", 4-7 from "b"; by position alone the order would be 0, 4, 1
    List<Integer> ordered = new ChronologicalOrderer().order(analyzed, List.of(4, 1, 0));

    assertThat(ordered).containsExactly(0, 1, 4);
  }

  @Test
  void doesNotChainAcrossDocuments() {
    Cluster cluster = Cluster.of("c", List.of(
        new Document("a", "", "Only fact here.", LocalDate.of(2020, 1, 1), null),
        new Document("b", "", FOUR, LocalDate.of(2020, 1, 3), null),
        new Document("c", "", FOUR, LocalDate.of(2020, 1, 2), null)));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
    // 0 from "a", 1-4 from "b", 5-8 from "c": 1 follows 0 by index but not in the same document
    List<Integer> ordered = new ChronologicalOrderer().order(analyzed, List.of(1, 5, 0));

    assertThat(ordered).containsExactly(0, 5, 1);
  }

  @Test
  void withoutDatesLeadSentencesComeFirst() {
    Cluster cluster = Cluster.of("c", List.of(Document.of("a", FOUR), Document.of("b", FOUR)));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);

    List<Integer> ordered = new ChronologicalOrderer().order(analyzed, List.of(3, 6, 4, 1));

    assertThat(ordered).containsExactly(4, 1, 6, 3);
  }
}
