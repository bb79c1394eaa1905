package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.text.AnalyzedCluster;

class LsaSummarizerTest {
  @Test
  void sentencesOnTheDominantTopicScoreAboveAnIsolatedOne() {
    AnalyzedCluster cluster = TestClusters.storm();
    double[] scores = new LsaSummarizer().scores(cluster);
    int hurricane = TestClusters.indexOf(cluster, "Officials said the hurricane");
    int bank = TestClusters.indexOf(cluster, "interest rates");
    int football = TestClusters.indexOf(cluster, "football");
    assertThat(scores[hurricane]).isGreaterThan(scores[bank]).isGreaterThan(0);
    assertThat(scores[hurricane]).isGreaterThan(scores[football]);
  }
}
