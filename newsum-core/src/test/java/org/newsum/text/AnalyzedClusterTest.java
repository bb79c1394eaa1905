package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

class AnalyzedClusterTest {
  @Test
  void countsTheDistinctQueryTermsOfEachSentence() {
    Document doc = Document.of("d", "The mayor and the mayor's aides met. School funding for schools rose. Rain fell.");
    AnalyzedCluster focused = ClusterAnalyzer.standard().analyze(new Cluster("q", List.of(doc), "mayor school funding"));
    AnalyzedCluster generic = ClusterAnalyzer.standard().analyze(Cluster.of("g", List.of(doc)));

    assertThat(List.of(focused.queryTermCount(0), focused.queryTermCount(1), focused.queryTermCount(2)))
        .containsExactly(1, 2, 0);
    assertThat(generic.queryTermCount(1)).isZero();
    int mayor = focused.terms(0)[1];
    assertThat(focused.isQueryTerm(mayor)).isTrue();
    assertThat(generic.isQueryTerm(mayor)).isFalse();
  }
}
