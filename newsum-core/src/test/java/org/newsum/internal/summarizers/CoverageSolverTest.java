package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverageSolverTest {
  @Test
  void descendingKeysComeInTheOrderOfAFullSortWhateverTheThreshold() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int size = random.nextInt(40);
      long[] keys = new long[size];
      CoverageSolver.DescendingKeys queue = new CoverageSolver.DescendingKeys(size);
      // Ratios repeat (ties broken by the index in the low bits), and the threshold falls below
      // every key, among them or above every key, so that the heap of the rest is reached too.
      float threshold = random.nextInt(6) * 0.5f;
      queue.start(threshold, size);
      for (int k = 0; k < size; k++) {
        keys[k] = ((long) Float.floatToIntBits(Math.nextUp(random.nextInt(5) * 0.5f)) << 32) | k;
        queue.add(keys[k]);
      }
      queue.sortHigh();
      Arrays.sort(keys);
      int taken = random.nextInt(size + 1);
      for (int k = size - 1; k >= size - taken; k--) {
        assertThat(queue.hasNext()).isTrue();
        assertThat(queue.next()).as("trial %d", trial).isEqualTo(keys[k]);
      }
      assertThat(queue.hasNext()).isEqualTo(taken < size);
    }
  }

  private static final long NO_LIMIT = Long.MAX_VALUE;

  @Test
  void beatsGreedyWhereGreedyIsSuboptimal() {
    // Item 0 has the best gain per cost (13/6) but then nothing else fits; items 1 and 2
    // (10/5 each) together cover 20 within the capacity of 10.
    int[][] concepts = {{0}, {1}, {2}};
    double[] weights = {13, 10, 10};
    int[] costs = {6, 5, 5};
    CoverageSolver.Solution greedyOnly = new CoverageSolver(concepts, weights, costs, CoverageSolver.Conflicts.NONE, 1)
        .solve(10);
    CoverageSolver.Solution exact = new CoverageSolver(concepts, weights, costs, CoverageSolver.Conflicts.NONE, NO_LIMIT)
        .solve(10);

    assertThat(greedyOnly.value()).isEqualTo(13);
    assertThat(greedyOnly.optimal()).isFalse();
    assertThat(exact.chosen()).containsExactly(1, 2);
    assertThat(exact.value()).isEqualTo(20);
    assertThat(exact.optimal()).isTrue();
  }

  @Test
  void matchesBruteForceOnRandomInstances() {
    Random random = new Random(42);
    for (int instance = 0; instance < 300; instance++) {
      Instance p = Instance.random(random, 4 + random.nextInt(9), 3 + random.nextInt(12), 10 + random.nextInt(40));

      CoverageSolver.Solution solution = solvesLikeBruteForce(p, instance);
      int cost = 0;
      for (int i : solution.chosen()) {
        cost += p.costs()[i];
        for (int j : solution.chosen()) {
          assertThat(p.conflict()[i][j]).isFalse();
        }
      }
      assertThat(cost).isLessThanOrEqualTo(p.capacity());
    }
  }

  /** Solves {@code p} without a node guard and checks it is optimal, as good as brute force, and worth what it covers. */
  private static CoverageSolver.Solution solvesLikeBruteForce(Instance p, int instance) {
    CoverageSolver.Solution solution =
        new CoverageSolver(p.concepts(), p.weights(), p.costs(), p.conflicts(), NO_LIMIT).solve(p.capacity());
    assertThat(solution.optimal()).isTrue();
    assertThat(solution.value()).as("instance %d", instance)
        .isCloseTo(bruteForce(p.concepts(), p.weights(), p.costs(), p.conflict(), p.capacity()), within(1e-6));
    assertThat(covered(solution.chosen(), p.concepts(), p.weights())).isCloseTo(solution.value(), within(1e-6));
    return solution;
  }

  /**
   * Larger problems whose search goes deep (thousands of nodes, branches excluded and included
   * many levels down), where children start from the nodes kept for them by their parents.
   */
  @Test
  void matchesBruteForceOnDeepSearches() {
    Random random = new Random(7);
    long deepest = 0;
    for (int instance = 0; instance < 12; instance++) {
      Instance p = Instance.random(random, 15 + random.nextInt(3), 20 + random.nextInt(20), 40 + random.nextInt(40));

      CoverageSolver.Solution solution = solvesLikeBruteForce(p, instance);
      deepest = Math.max(deepest, solution.nodes());
    }
    assertThat(deepest).as("the most nodes any instance took").isGreaterThan(50);
  }

  /**
   * Children that start from the nodes their parents kept search exactly as children that gather
   * from scratch: the same nodes, in the same order, so the same answer where the node guard
   * stops the search part way.
   */
  @Test
  void keptNodesLeaveTheSearchAsItWas() {
    Random random = new Random(11);
    for (int instance = 0; instance < 200; instance++) {
      Instance p = Instance.random(random, 8 + random.nextInt(20), 10 + random.nextInt(40), 20 + random.nextInt(80));
      long nodeLimit = 1 + random.nextInt(400);

      CoverageSolver.Solution kept =
          new CoverageSolver(p.concepts(), p.weights(), p.costs(), p.conflicts(), nodeLimit).solve(p.capacity());
      CoverageSolver.Solution fresh =
          new CoverageSolver(p.concepts(), p.weights(), p.costs(), p.conflicts(), nodeLimit, 0).solve(p.capacity());

      assertThat(kept.chosen()).as("instance %d", instance).containsExactly(fresh.chosen());
      assertThat(kept.value()).as("instance %d", instance).isEqualTo(fresh.value());
      assertThat(kept.nodes()).as("instance %d", instance).isEqualTo(fresh.nodes());
    }
  }

  /** A coverage problem with a conflict matrix, for checks against brute force and a reference solver. */
  record Instance(int[][] concepts, double[] weights, int[] costs, boolean[][] conflict, int capacity) {
    CoverageSolver.Conflicts conflicts() {
      return (a, b) -> conflict[a][b];
    }

    /**
     * A random problem: each item covers 1 to 6 concepts and costs 1 to 20, weights are in
     * [0.5, 10), and about one pair of items in 8 conflicts.
     */
    static Instance random(Random random, int items, int conceptCount, int capacity) {
      int[][] concepts = new int[items][];
      int[] costs = new int[items];
      for (int i = 0; i < items; i++) {
        concepts[i] = random.ints(1 + random.nextInt(6), 0, conceptCount).sorted().distinct().toArray();
        costs[i] = 1 + random.nextInt(20);
      }
      double[] weights = random.doubles(conceptCount, 0.5, 10).toArray();
      boolean[][] conflict = new boolean[items][items];
      for (int a = 0; a < items; a++) {
        for (int b = a + 1; b < items; b++) {
          conflict[a][b] = conflict[b][a] = random.nextInt(8) == 0;
        }
      }
      return new Instance(concepts, weights, costs, conflict, capacity);
    }
  }

  private static double bruteForce(int[][] concepts, double[] weights, int[] costs, boolean[][] conflict, int capacity) {
    int n = concepts.length;
    double best = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      int cost = 0;
      boolean ok = true;
      int count = 0;
      int[] chosen = new int[n];
      for (int i = 0; i < n && ok; i++) {
        if ((mask >> i & 1) == 1) {
          cost += costs[i];
          for (int k = 0; k < count; k++) {
            ok &= !conflict[chosen[k]][i];
          }
          chosen[count++] = i;
        }
      }
      if (ok && cost <= capacity) {
        best = Math.max(best, covered(java.util.Arrays.copyOf(chosen, count), concepts, weights));
      }
    }
    return best;
  }

  /** The summed weight of the distinct concepts the chosen items cover. */
  static double covered(int[] chosen, int[][] concepts, double[] weights) {
    boolean[] seen = new boolean[weights.length];
    double total = 0;
    for (int i : chosen) {
      for (int c : concepts[i]) {
        if (!seen[c]) {
          seen[c] = true;
          total += weights[c];
        }
      }
    }
    return total;
  }

  @Test
  void keyBitsAreThoseOfNextUpForEveryRatioTheSolverMakes() {
    Random random = new Random(13);
    double[] edges = {0.0, Double.MIN_VALUE, Float.MIN_VALUE, 1e-30, 0.5, 1.0, 3.0 / 7, Float.MAX_VALUE, 1e39,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY};
    for (double ratio : edges) {
      assertThat(CoverageSolver.roundedUpBits(ratio)).as("%s", ratio)
          .isEqualTo(Float.floatToIntBits(Math.nextUp((float) ratio)));
    }
    for (int k = 0; k < 100_000; k++) {
      double ratio = Math.scalb(random.nextDouble(), random.nextInt(200) - 100);
      assertThat(CoverageSolver.roundedUpBits(ratio)).isEqualTo(Float.floatToIntBits(Math.nextUp((float) ratio)));
    }
  }
}
