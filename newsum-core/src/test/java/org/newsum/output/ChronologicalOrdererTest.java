package org.newsum.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class ChronologicalOrdererTest {
  private static AnalyzedCluster analyze(Document... docs) {
    return ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(docs)));
  }

  @Test
  void earlierDocumentsComeFirstWhenDatesAreKnown() {
    AnalyzedCluster c = analyze(
        new Document("late", "", "Later report one. Later report two.", LocalDate.of(2017, 7, 8), null),
        new Document("early", "", "Early report one. Early report two.", LocalDate.of(2017, 7, 6), null));
    // sentences: 0,1 from "late"; 2,3 from "early"
    assertThat(new ChronologicalOrderer().order(c, List.of(0, 3, 2))).containsExactly(2, 3, 0);
  }

  @Test
  void withoutDatesLeadSentencesComeBeforeLaterOnes() {
    AnalyzedCluster c = analyze(
        Document.of("a", "A one. A two. A three. A four."),
        Document.of("b", "B one. B two."));
    // a: 0..3, b: 4..5. Relative positions: 3 -> 0.75, 5 -> 0.5, 4 -> 0.0
    assertThat(new ChronologicalOrderer().order(c, List.of(3, 5, 4))).containsExactly(4, 5, 3);
  }
}
