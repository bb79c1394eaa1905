package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
  void unitWeightsAreDroppedWithoutChangingPageRank() {
    // Thresholded LexRank's edges all weigh 1: the graph keeps no weights. Doubling every weight
    // (exact in binary) leaves the random walk unchanged, so both ranks must agree to the bit.
    TermVector[] vectors = zipfSentences(3_000, 400, 5);
    SimilarityGraph.EdgeWeight unit = (i, j, dot) -> dot > 0.5 ? 1 : 0;
    SimilarityGraph.EdgeWeight two = (i, j, dot) -> 2 * unit.weight(i, j, dot);
    for (SimilarityGraph.Limits limits : List.of(SimilarityGraph.Limits.DEFAULT, new SimilarityGraph.Limits(0, 8, 10, 100))) {
      SimilarityGraph ones = SimilarityGraph.build(vectors, true, unit, limits);
      SimilarityGraph twos = SimilarityGraph.build(vectors, true, two, limits);
      assertThat(ones.edgeCount()).isEqualTo(twos.edgeCount()).isGreaterThan(vectors.length);
      assertThat(ones.weight(0, 0)).isEqualTo(1);
      assertThat(ones.pageRank(0.85, 1e-9, 200)).containsExactly(twos.pageRank(0.85, 1e-9, 200));
    }
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

  /** {@code n} sentences of 8 to 30 terms drawn with Zipf frequencies from {@code vocabulary} terms. */
  private static TermVector[] zipfSentences(int n, int vocabulary, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] cumulative = new double[vocabulary];
    double sum = 0;
    for (int r = 0; r < vocabulary; r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    TermVector[] vectors = new TermVector[n];
    for (int i = 0; i < n; i++) {
      int[] words = new int[8 + random.nextInt(23)];
      for (int w = 0; w < words.length; w++) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
        words[w] = Math.min(vocabulary - 1, at >= 0 ? at : -at - 1);
      }
      vectors[i] = TermVector.ofTerms(words, t -> 1.0);
    }
    return vectors;
  }

  @Test
  void aLongDocumentsGraphStaysWithinTheNeighbourCapAndTheWindow() {
    // 20,000 sentences whose common terms recur in thousands of them: the exact graph visits over
    // 10^8 pairs (gigabytes of edges); the sparse one keeps at most two edges per sentence and
    // neighbour kept, all between sentences at most a window apart (what keeps the work per
    // sentence bounded).
    TermVector[] vectors = zipfSentences(20_000, 5_000, 1);
    SimilarityGraph.Limits limits = SimilarityGraph.Limits.DEFAULT;
    SimilarityGraph graph = SimilarityGraph.build(vectors, true, (i, j, dot) -> dot / (vectors[i].norm() * vectors[j].norm()));
    assertThat(graph.edgeCount()).isLessThanOrEqualTo(2 * limits.maxNeighbours() * vectors.length);
    assertThat(vectors.length).isGreaterThan(4 * limits.window());
    int farthest = 0;
    int isolated = 0;
    for (int i = 0; i < graph.size(); i++) {
      int[] row = graph.neighbours(i);
      isolated += row.length <= 1 ? 1 : 0; // at most its self-loop
      for (int j : row) {
        farthest = Math.max(farthest, Math.abs(i - j));
      }
    }
    assertThat(farthest).isLessThanOrEqualTo(limits.window()).isGreaterThan(limits.window() / 2);
    assertThat(isolated).isZero();
  }

  @Test
  void aWindowedGraphWithoutCapsIsTheExactGraphWithinTheWindow() {
    TermVector[] vectors = zipfSentences(300, 200, 4);
    SimilarityGraph.EdgeWeight dot = (i, j, d) -> d;
    SimilarityGraph exact = SimilarityGraph.build(vectors, true, dot);
    SimilarityGraph windowed = SimilarityGraph.build(vectors, true, dot, new SimilarityGraph.Limits(0, 1 << 20, 1 << 20, 20));
    int edges = 0;
    double largestDifference = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = 0; j < vectors.length; j++) {
        double expected = Math.abs(i - j) <= 20 ? exact.weight(i, j) : 0;
        largestDifference = Math.max(largestDifference, Math.abs(windowed.weight(i, j) - expected));
        edges += expected > 0 ? 1 : 0;
      }
    }
    assertThat(largestDifference).isLessThan(1e-9);
    assertThat(windowed.edgeCount()).isEqualTo(edges).isLessThan(exact.edgeCount());
  }

  @Test
  void sparsifiedEdgesWeighTheirFullDotProductAndAreSymmetric() {
    TermVector[] vectors = zipfSentences(300, 200, 2);
    // Sparse from the start, following only terms of at most a handful of the sentences within 50.
    SimilarityGraph graph = SimilarityGraph.build(vectors, true, (i, j, dot) -> dot / (vectors[i].norm() * vectors[j].norm()),
        new SimilarityGraph.Limits(0, 4, 10, 50));
    int edges = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = 0; j < vectors.length; j++) {
        double w = graph.weight(i, j);
        if (w > 0) {
          edges++;
          assertThat(w).as("edge %d-%d", i, j).isCloseTo(vectors[i].cosine(vectors[j]), within(1e-9));
          assertThat(graph.weight(j, i)).isCloseTo(w, within(1e-9));
          assertThat(Math.abs(i - j)).isLessThanOrEqualTo(50);
        }
      }
      assertThat(graph.weight(i, i)).as("self-loop %d", i).isPositive();
    }
    assertThat(graph.edgeCount()).isEqualTo(edges).isGreaterThan(2 * vectors.length).isLessThanOrEqualTo(2 * 10 * vectors.length);
  }

  @Test
  void eachSentenceKeepsItsHeaviestNeighboursAndUncappedSparsificationIsExact() {
    TermVector[] vectors = zipfSentences(200, 300, 3);
    SimilarityGraph.EdgeWeight dot = (i, j, d) -> d;
    SimilarityGraph exact = SimilarityGraph.build(vectors, false, dot);
    SimilarityGraph uncapped = SimilarityGraph.build(vectors, false, dot, new SimilarityGraph.Limits(0, 1 << 20, 1 << 20, 1 << 20));
    SimilarityGraph capped = SimilarityGraph.build(vectors, false, dot, new SimilarityGraph.Limits(0, 1 << 20, 3, 1 << 20));
    assertThat(uncapped.edgeCount()).isEqualTo(exact.edgeCount());
    for (int i = 0; i < vectors.length; i++) {
      double[] row = new double[vectors.length];
      for (int j = 0; j < vectors.length; j++) {
        row[j] = exact.weight(i, j);
        assertThat(uncapped.weight(i, j)).isCloseTo(row[j], within(1e-9));
      }
      double[] sorted = row.clone();
      Arrays.sort(sorted);
      double third = sorted[sorted.length - 3];
      for (int j = 0; j < vectors.length; j++) {
        if (row[j] > third) {
          assertThat(capped.weight(i, j)).as("edge %d-%d", i, j).isCloseTo(row[j], within(1e-9));
        }
      }
    }
    assertThat(capped.edgeCount()).isLessThan(exact.edgeCount()).isLessThanOrEqualTo(2 * 3 * vectors.length);
  }
}
