package org.newsum.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class AttributionTest {
  /** "Also in" names each other document with its closest sentence, not its first close one (the page jumps there). */
  @Test
  void eachOtherDocumentComesWithItsClosestSentence() {
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(
        Document.of("a", "The river flooded the valley and rescue teams searched the villages on Monday."),
        Document.of("b", "Rescue teams searched the flooded villages. The river flooded the valley and rescue teams searched the villages."),
        Document.of("c", "The mayor opened a new bridge over the river."))));
    SummarySentence s = new Attribution(0.3).attribute(cluster, List.of(0)).get(0);
    assertThat(s.alsoIn()).containsExactly("b");
    assertThat(s.alsoInSentences()).hasSize(1);
    assertThat(s.alsoInSentences().get(0).text()).isEqualTo("The river flooded the valley and rescue teams searched the villages.");
    assertThat(s.alsoInSentences().get(0).index()).isEqualTo(1);
  }
}
