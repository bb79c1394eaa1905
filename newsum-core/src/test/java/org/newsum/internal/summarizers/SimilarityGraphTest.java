package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.TermStatistics;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

class SimilarityGraphTest {
  private static TermVector vector(int[] ids, double[] weights) {
    return TermVector.of(ids, weights);
  }

  @Test
  void edgesAreTheDotProductsOfPairsSharingATermAndNoOthers() {
    AnalyzedCluster cluster = TestClusters.storm();
    TermVector[] vectors = TermStatistics.of(cluster).tfIdfVectors();
    SimilarityGraph graph = SimilarityGraph.build(vectors, false, (i, j, dot) -> dot);
    int expectedEdges = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = 0; j < vectors.length; j++) {
        double dot = i == j ? 0 : vectors[i].dot(vectors[j]);
        assertThat(graph.weight(i, j)).as("edge %d-%d", i, j).isCloseTo(dot, within(1e-12));
        if (dot > 0) {
          expectedEdges++;
        }
      }
    }
    assertThat(graph.edgeCount()).isEqualTo(expectedEdges).isPositive();
  }

  @Test
  void selfLoopsAreAddedOnlyWhenAsked() {
    TermVector[] vectors = {vector(new int[] {0}, new double[] {2}), vector(new int[] {0, 1}, new double[] {1, 1})};
    assertThat(SimilarityGraph.build(vectors, true, (i, j, dot) -> dot).weight(0, 0)).isEqualTo(4);
    assertThat(SimilarityGraph.build(vectors, false, (i, j, dot) -> dot).weight(0, 0)).isZero();
  }

  @Test
  void pageRankOfAStarFavoursTheHubAndMatchesTheClosedForm() {
    // Hub 0 shares term t_k with leaf k; leaves share nothing with each other.
    TermVector[] vectors = {
      vector(new int[] {1, 2, 3}, new double[] {1, 1, 1}),
      vector(new int[] {1}, new double[] {1}),
      vector(new int[] {2}, new double[] {1}),
      vector(new int[] {3}, new double[] {1}),
    };
    double[] rank = SimilarityGraph.build(vectors, false, (i, j, dot) -> dot).pageRank(0.85, 1e-12, 1000);
    // Hub h and leaf l satisfy h = 0.15/4 + 0.85·3l and l = 0.15/4 + 0.85·h/3.
    double leaf = (0.15 / 4 + 0.85 / 3 * 0.15 / 4) / (1 - 0.85 * 0.85);
    double hub = 0.15 / 4 + 0.85 * 3 * leaf;
    assertThat(rank[0]).isCloseTo(hub, within(1e-9));
    assertThat(rank[1]).isCloseTo(leaf, within(1e-9));
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void isolatedSentencesSpreadTheirWeightUniformly() {
    TermVector[] vectors = {
      vector(new int[] {1}, new double[] {1}), vector(new int[] {1}, new double[] {1}), vector(new int[] {7}, new double[] {1})
    };
    double[] rank = SimilarityGraph.build(vectors, false, (i, j, dot) -> i == 2 || j == 2 ? 0 : dot).pageRank(0.85, 1e-12, 1000);
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(rank[0]).isCloseTo(rank[1], within(1e-12)).isGreaterThan(rank[2]);
  }
}
