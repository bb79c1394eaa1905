package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class TermStatisticsTest {
  private final AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(
      Document.of("a", "Storms hit the coast. The storm moved inland."),
      Document.of("b", "Rain fell on the coast."))));
  private final TermStatistics statistics = TermStatistics.of(cluster);

  @Test
  void countsContentWordsAndIgnoresStopWords() {
    int storm = cluster.vocabulary().find("storm");
    int coast = cluster.vocabulary().find("coast");
    int the = cluster.vocabulary().find("the");
    assertThat(statistics.count(storm)).isEqualTo(2);
    assertThat(statistics.count(the)).isZero();
    assertThat(statistics.total()).isEqualTo(9); // storm hit coast | storm move inland | rain fell coast
    assertThat(statistics.probability(coast)).isCloseTo(2.0 / 9, within(1e-12));
    assertThat(statistics.contentTerms(1)).containsExactly(storm, cluster.vocabulary().find("move"),
        cluster.vocabulary().find("inland"));
  }

  @Test
  void idfIsTheLogOfSentencesOverSentenceFrequency() {
    int storm = cluster.vocabulary().find("storm");
    int rain = cluster.vocabulary().find("rain");
    assertThat(statistics.idf(storm)).isCloseTo(Math.log(3.0 / 2), within(1e-12));
    assertThat(statistics.idf(rain)).isCloseTo(Math.log(3.0), within(1e-12));
    assertThat(statistics.tfIdf(2).dot(statistics.tfIdf(2))).isGreaterThan(0);
  }
}
