package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
  @Test
  void theNearestCosineThroughTheIndexIsTheBruteForceOneWhenNeighboursShareATopTerm() {
    // 300 random articles over 200 terms with a few heavy terms each: every pair sharing any term
    // shares a top term when queryTerms covers the whole vector
    Random random = new Random(15);
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int size = 1 + random.nextInt(8);
      int[] ids = random.ints(0, 200).distinct().limit(size).toArray();
      double[] weights = random.doubles(size, 0.1, 1).toArray();
      vectors.add(SparseVector.topUnit(ids, weights, size, size));
    }
    double[] nearest = NearestNeighbours.find(vectors, 200, 8, 0).nearest();
    for (int i = 0; i < vectors.size(); i++) {
      double best = 0;
      for (int j = 0; j < vectors.size(); j++) {
        if (j != i) {
          best = Math.max(best, dot(vectors.get(i), vectors.get(j)));
        }
      }
      assertThat(nearest[i]).as("article %d", i).isCloseTo(best, within(1e-12));
    }
  }

  @Test
  void theListsThroughTheIndexAreTheBruteForceNearestWhenNeighboursShareATopTerm() {
    Random random = new Random(16);
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int size = 1 + random.nextInt(6);
      int[] ids = random.ints(0, 60).distinct().limit(size).toArray();
      vectors.add(SparseVector.topUnit(ids, random.doubles(size, 0.1, 1).toArray(), size, size));
    }
    NearestNeighbours neighbours = NearestNeighbours.find(vectors, 60, 6, 5);
    int[][] lists = neighbours.lists();
    for (int i = 0; i < vectors.size(); i++) {
      int self = i;
      List<Integer> order = new ArrayList<>();
      for (int j = 0; j < vectors.size(); j++) {
        if (j != i && dot(vectors.get(i), vectors.get(j)) > 0) {
          order.add(j);
        }
      }
      order.sort((a, b) -> {
        int byCosine = Double.compare(dot(vectors.get(self), vectors.get(b)), dot(vectors.get(self), vectors.get(a)));
        return byCosine != 0 ? byCosine : Integer.compare(a, b);
      });
      int[] ranked = order.stream().limit(5).mapToInt(Integer::intValue).toArray();
      assertThat(neighbours.ranked()[i]).as("article %d", i).containsExactly(ranked);
      assertThat(neighbours.cosines()[i]).as("article %d", i)
          .containsExactly(Arrays.stream(ranked).mapToDouble(j -> dot(vectors.get(self), vectors.get(j))).toArray(), within(1e-12));
      int[] expected = Arrays.stream(ranked).sorted().toArray();
      assertThat(lists[i]).as("article %d", i).containsExactly(expected);
    }
  }

  @Test
  void anArticleSharingNoTermAndAnEmptyOneHaveNoNeighbour() {
    List<SparseVector> vectors = List.of(SparseVector.topUnit(new int[] {1, 2}, new double[] {1, 1}, 2, 2),
        SparseVector.topUnit(new int[] {2, 3}, new double[] {1, 1}, 2, 2),
        SparseVector.topUnit(new int[] {7}, new double[] {1}, 1, 1), SparseVector.EMPTY);
    assertThat(NearestNeighbours.find(vectors, 8, 10, 0).nearest()).containsExactly(new double[] {0.5, 0.5, 0, 0}, within(1e-12));
  }

  @Test
  void aFeedWhoseArticlesAllShareTheirTopTermsReadsOnlyTheLatestPostings() {
    // 40,000 articles over the same 10 terms: all pairs would be 800 million dot products; each
    // article reads at most MAX_POSTINGS postings over its terms, and its nearest is one of its copies
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      int[] ids = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 + i % 7};
      vectors.add(SparseVector.topUnit(ids, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}, ids.length, ids.length));
    }
    long start = System.nanoTime();
    double[] nearest = NearestNeighbours.find(vectors, 17, 10, 4).nearest();
    assertThat(Arrays.stream(nearest).min().orElseThrow()).isCloseTo(1, within(1e-9));
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
  }

  private static double dot(SparseVector a, SparseVector b) {
    double dot = 0;
    for (int x = 0, y = 0; x < a.size() && y < b.size();) {
      if (a.ids()[x] == b.ids()[y]) {
        dot += a.weights()[x++] * b.weights()[y++];
      } else if (a.ids()[x] < b.ids()[y]) {
        x++;
      } else {
        y++;
      }
    }
    return dot;
  }
}
