package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.MmrOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

class MmrSummarizerTest {
  @Test
  void aQueryMakesTheSentenceAboutItMostRelevant() {
    AnalyzedCluster cluster = TestClusters.analyzeWithQuery("power outages restored electricity",
        TestClusters.storm().cluster().documents().stream().map(d -> d.text()).toArray(String[]::new));
    List<Integer> chosen = new MmrSummarizer().select(cluster, Budget.sentences(1));
    assertThat(cluster.sentence(chosen.get(0)).text()).contains("Power was restored");
  }

  @Test
  void withLambdaOneItTakesSentencesByRelevanceToTheCentroid() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermStatistics statistics = TermStatistics.of(cluster);
    TermVector[] vectors = statistics.tfIdfVectors();
    TermVector centroid = MmrSummarizer.target(cluster, statistics, vectors);
    List<Integer> chosen = new MmrSummarizer(new MmrOptions(1.0, MethodOptions.DEFAULT_MIN_WORDS, MethodOptions.DEFAULT_MAX_SIMILARITY)).select(cluster, Budget.sentences(3));
    List<Integer> byRelevance = new GreedySelector(cluster, Budget.sentences(3))
        .takeBest(IntStream.range(0, cluster.size()).mapToDouble(i -> vectors[i].cosine(centroid)).toArray());
    assertThat(chosen).isEqualTo(byRelevance);
  }

  /** Relevance looks the centroid's weights up by id instead of merging: the very same cosines. */
  @Test
  void relevanceByLookupEqualsTheMergedCosineExactly() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermStatistics statistics = TermStatistics.of(cluster);
    TermVector[] vectors = statistics.tfIdfVectors();
    TermVector centroid = MmrSummarizer.target(cluster, statistics, vectors);
    double[] byId = new double[centroid.idBound()];
    for (int k = 0; k < centroid.size(); k++) {
      byId[centroid.termAt(k)] = centroid.weightAt(k);
    }
    for (TermVector v : vectors) {
      assertThat(MmrSummarizer.cosine(v, byId, centroid.norm())).isEqualTo(v.cosine(centroid));
    }
  }
}
