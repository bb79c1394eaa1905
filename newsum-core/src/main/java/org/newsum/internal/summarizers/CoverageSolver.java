package org.newsum.internal.summarizers;

import java.util.Arrays;

/**
 * Solves the budgeted weighted concept-coverage problem of Gillick &amp; Favre (2009) exactly:
 * choose items (sentences) of total cost at most the capacity, no two of them in conflict
 * (near-duplicates), maximizing the summed weight of the concepts covered at least once.
 *
 * <p>Depth-first branch and bound. Branching takes the item with the best marginal gain per
 * unit of cost (so the first dive is the greedy solution), first including it, then excluding
 * it. The bound is a concept-level fractional knapsack: each uncovered concept {@code c} costs
 * at least {@code w_c / r_c} of the remaining capacity, where {@code r_c} is the best marginal
 * gain-per-cost ratio of any still-available item that contains it. This is valid (an item
 * covering concepts {@code A} spends its cost {@code l} on them, and each of them gets charged
 * at most its share {@code l·w_c/gain}) and, unlike summing item gains, counts every concept
 * once. Where it does not cut, a Lagrangian bound of the LP relaxation (a few subgradient
 * steps, warm-started) is tried as well; at the root it also drops for good the items that
 * cannot be part of a better solution (reduced-cost fixing). A branch is cut when its bound
 * does not exceed the best solution by a relative {@value #RELATIVE_TOLERANCE}.
 *
 * <p>The result is provably optimal unless {@link Solution#optimal()} is false, which happens
 * when {@code nodeLimit} nodes were explored (a time guard: large budgets over many similar
 * sentences leave LP gaps that take long to close); then the best solution found, never worse
 * than greedy, is returned. Not thread-safe: one instance per problem.
 */
final class CoverageSolver {
  static final double RELATIVE_TOLERANCE = 1e-9;
  private static final int ROOT_ITERATIONS = 60;
  private static final int NODE_ITERATIONS = 8;

  /** Whether two items may not be chosen together. */
  @FunctionalInterface
  interface Conflicts {
    boolean conflict(int a, int b);

    Conflicts NONE = (a, b) -> false;
  }

  /**
   * A solution: the chosen item indices in ascending order, the covered weight, whether it is
   * proven optimal, and the number of branch-and-bound nodes explored.
   */
  record Solution(int[] chosen, double value, boolean optimal, long nodes) {}

  /** The concepts of item {@code i}: {@code conceptIds[conceptStart[i], conceptStart[i + 1])}, one flat array. */
  private final int[] conceptIds;
  private final int[] conceptStart;
  private final int itemCount;
  private final double[] weights;
  private final int[] costs;
  private final Conflicts conflicts;
  /** For each item chosen at some node, the items it conflicts with (bits), computed on first choice. */
  private final long[][] conflictRows;
  /** For each item, how many chosen items it conflicts with. */
  private final int[] chosenConflicts;
  private final long nodeLimit;

  private final int[] coverCount;
  private final boolean[] excluded;
  private final boolean[] chosen;
  private final int[] chosenStack;
  private final double[] bestRatio;
  private final int[] touched;
  private final long[] sortKeys;
  private final int[] available;
  private final int[] active;
  private int activeCount;
  private final double[] bestMultiplier;
  private final long[] itemKeys;
  private final double[] fraction;
  private final double[] multiplier;
  /*
   * The weight and multiplier of each concept while it is uncovered, 0 once covered: the hot sums
   * add them without testing coverage (adding 0.0 leaves a sum unchanged, bit for bit).
   */
  private final double[] uncoveredWeight;
  private final double[] uncoveredMultiplier;
  private final double[] subgradient;
  private int depth;
  private int remaining;
  private double value;
  private double best = -1;
  private int[] bestChosen = new int[0];
  private long nodes;
  private double lastBound;

  /**
   * @param concepts for every item, the distinct ids of the concepts it covers
   * @param weights weight of every concept id, all positive
   * @param costs cost of every item, all positive
   */
  CoverageSolver(int[][] concepts, double[] weights, int[] costs, Conflicts conflicts, long nodeLimit) {
    this.itemCount = concepts.length;
    this.conceptStart = new int[itemCount + 1];
    for (int i = 0; i < itemCount; i++) {
      conceptStart[i + 1] = conceptStart[i] + concepts[i].length;
    }
    this.conceptIds = new int[conceptStart[itemCount]];
    for (int i = 0; i < itemCount; i++) {
      System.arraycopy(concepts[i], 0, conceptIds, conceptStart[i], concepts[i].length);
    }
    this.weights = weights;
    this.costs = costs;
    this.conflicts = conflicts;
    this.nodeLimit = nodeLimit;
    int n = itemCount;
    this.conflictRows = new long[n][];
    this.chosenConflicts = new int[n];
    this.coverCount = new int[weights.length];
    this.excluded = new boolean[n];
    this.chosen = new boolean[n];
    this.chosenStack = new int[n];
    this.bestRatio = new double[weights.length];
    this.touched = new int[weights.length];
    this.sortKeys = new long[weights.length];
    this.available = new int[n];
    this.active = new int[n];
    for (int i = 0; i < n; i++) {
      active[activeCount++] = i;
    }
    this.bestMultiplier = new double[weights.length];
    this.itemKeys = new long[n];
    this.fraction = new double[n];
    this.multiplier = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      multiplier[c] = weights[c] / 2;
    }
    this.uncoveredWeight = weights.clone();
    this.uncoveredMultiplier = multiplier.clone();
    this.subgradient = new double[weights.length];
  }

  /** The best set of items whose total cost is at most {@code capacity}. */
  Solution solve(int capacity) {
    remaining = capacity;
    value = 0;
    greedy();
    fixItemsAtRoot();
    search();
    int[] result = bestChosen.clone();
    Arrays.sort(result);
    return new Solution(result, Math.max(0, best), nodes < nodeLimit, nodes);
  }

  /** Takes the best gain per cost while anything fits: the incumbent the search starts from. */
  private void greedy() {
    while (true) {
      int pick = -1;
      double pickRatio = 0;
      for (int k = 0; k < activeCount; k++) {
        int i = active[k];
        if (chosen[i] || costs[i] > remaining || conflictsWithChosen(i)) {
          continue;
        }
        double ratio = gain(i) / costs[i];
        if (ratio > pickRatio) {
          pickRatio = ratio;
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      include(pick);
    }
    best = value;
    bestChosen = Arrays.copyOf(chosenStack, depth);
    while (depth > 0) {
      undoInclude(chosenStack[depth - 1]);
    }
  }

  /**
   * Reduced-cost fixing: with the root's best Lagrangian multipliers, the bound of any solution
   * containing item {@code i} (left out of the fractional knapsack) is at most
   * {@code L - cost_i * rho + value_i}, where {@code rho} is the knapsack's critical ratio (the
   * fractional knapsack is concave in its capacity, with slope {@code rho} just below it). Items
   * whose bound cannot beat the incumbent are dropped for good, which shrinks the search.
   */
  private void fixItemsAtRoot() {
    int touchedCount = 0;
    int availableCount = 0;
    for (int k = 0; k < activeCount; k++) {
      int i = active[k];
      if (costs[i] > remaining || gain(i) <= 0) {
        continue;
      }
      available[availableCount++] = i;
      for (int p = conceptStart[i], end = conceptStart[i + 1]; p < end; p++) {
        int c = conceptIds[p];
        if (bestRatio[c] == 0) {
          bestRatio[c] = 1;
          touched[touchedCount++] = c;
        }
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      bestRatio[touched[k]] = 0;
    }
    if (availableCount == 0 || lagrangianBound(touchedCount, availableCount, ROOT_ITERATIONS) <= cutoff()) {
      activeCount = 0; // the greedy solution is optimal
      return;
    }
    double base = value;
    for (int k = 0; k < touchedCount; k++) {
      base += weights[touched[k]] - bestMultiplier[touched[k]];
    }
    Integer[] order = new Integer[availableCount];
    double[] itemWorth = new double[itemCount];
    for (int k = 0; k < availableCount; k++) {
      int i = available[k];
      order[k] = i;
      for (int p = conceptStart[i], end = conceptStart[i + 1]; p < end; p++) {
        int c = conceptIds[p];
        itemWorth[i] += bestMultiplier[c];
      }
    }
    Arrays.sort(order, (a, b) -> Double.compare(itemWorth[b] / costs[b], itemWorth[a] / costs[a]));
    boolean[] inKnapsack = new boolean[itemCount];
    double capacity = remaining;
    double bound = base;
    double criticalRatio = 0;
    for (int i : order) {
      double ratio = itemWorth[i] / costs[i];
      if (capacity <= 0 || ratio <= 0) {
        break;
      }
      double x = Math.min(1, capacity / costs[i]);
      bound += x * itemWorth[i];
      capacity -= x * costs[i];
      inKnapsack[i] = true;
      criticalRatio = ratio;
    }
    if (capacity > 0) {
      criticalRatio = 0; // everything worth taking fits: the knapsack is flat at this capacity
    }
    double safeRatio = criticalRatio * (1 - 1e-9);
    int kept = 0;
    for (int k = 0; k < availableCount; k++) {
      int i = available[k];
      if (inKnapsack[i] || bound - costs[i] * safeRatio + itemWorth[i] > cutoff()) {
        active[kept++] = i;
      }
    }
    activeCount = kept;
  }

  private double gain(int item) {
    double gain = 0;
    for (int p = conceptStart[item], end = conceptStart[item + 1]; p < end; p++) {
      int c = conceptIds[p];
      gain += uncoveredWeight[c];
    }
    return gain;
  }

  private void search() {
    nodes++;
    if (value > best) {
      best = value;
      bestChosen = Arrays.copyOf(chosenStack, depth);
    }
    if (nodes >= nodeLimit) {
      return;
    }
    int next = boundAndPick();
    if (next < 0 || lastBound <= cutoff()) {
      return;
    }
    include(next);
    search();
    undoInclude(next);
    excluded[next] = true;
    search();
    excluded[next] = false;
  }

  /**
   * Computes the bound of the current node into {@link #lastBound} and returns the available
   * item with the best gain per cost to branch on, or -1 when no item can add anything.
   */
  private int boundAndPick() {
    int touchedCount = 0;
    int availableCount = 0;
    int pick = -1;
    double pickRatio = 0;
    for (int a = 0; a < activeCount; a++) {
      int i = active[a];
      if (excluded[i] || chosen[i] || costs[i] > remaining) {
        continue;
      }
      double gain = gain(i);
      if (gain <= 0) {
        continue;
      }
      double ratio = gain / costs[i];
      available[availableCount++] = i;
      for (int p = conceptStart[i], end = conceptStart[i + 1]; p < end; p++) {
        int c = conceptIds[p];
        if (coverCount[c] == 0) {
          if (bestRatio[c] == 0) {
            touched[touchedCount++] = c;
          }
          if (ratio > bestRatio[c]) {
            bestRatio[c] = ratio;
          }
        }
      }
      if (ratio > pickRatio && !conflictsWithChosen(i)) {
        pickRatio = ratio;
        pick = i;
      }
    }
    // Fractional knapsack over concepts, best ratio first. Keys pack the ratio (a positive
    // float, whose bits order like its value) above the concept id; the float rounding is
    // far below the tolerance and is covered by rounding the ratio up.
    for (int k = 0; k < touchedCount; k++) {
      int c = touched[k];
      float ratio = Math.nextUp((float) bestRatio[c]);
      sortKeys[k] = ((long) Float.floatToIntBits(ratio) << 32) | c;
    }
    heapify(sortKeys, touchedCount);
    double bound = value;
    double capacity = remaining;
    for (int size = touchedCount; size > 0; size--) {
      long key = popMax(sortKeys, size);
      int c = (int) key;
      double ratio = Float.intBitsToFloat((int) (key >>> 32));
      double cost = weights[c] / ratio;
      if (cost <= capacity) {
        bound += weights[c];
        capacity -= cost;
      } else {
        bound += capacity * ratio;
        break;
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      bestRatio[touched[k]] = 0;
    }
    lastBound = bound;
    if (pick >= 0 && bound > cutoff()) {
      lastBound = Math.min(bound, lagrangianBound(touchedCount, availableCount, depth == 0 ? ROOT_ITERATIONS : NODE_ITERATIONS));
    }
    return pick;
  }

  private double cutoff() {
    return best + RELATIVE_TOLERANCE * Math.max(1, best);
  }

  /**
   * The Lagrangian bound of the LP relaxation: relaxing "a concept counts only if a chosen item
   * covers it" with multipliers {@code 0 <= mu_c <= w_c} gives, for any such multipliers, the
   * bound {@code value + sum_c (w_c - mu_c) + knapsack(items worth sum_{c in item} mu_c)}, with
   * the knapsack solved fractionally. Subgradient steps (Polyak's rule towards the incumbent)
   * lower it towards the LP optimum. Multipliers carry over from node to node as a warm start.
   * Returns the lowest bound seen; stops early once it cuts the node.
   */
  private double lagrangianBound(int touchedCount, int availableCount, int iterations) {
    double lowest = Double.POSITIVE_INFINITY;
    double step = 1.0;
    // The part of the bound the concepts give, value + sum_c (w_c - mu_c), is summed where the
    // multipliers are set (here, then in each step's update), in the same order.
    double bound = value;
    for (int k = 0; k < touchedCount; k++) {
      int c = touched[k];
      bound += weights[c] - multiplier[c];
      subgradient[c] = -1;
    }
    for (int iteration = 0; iteration < iterations; iteration++) {
      for (int k = 0; k < availableCount; k++) {
        int i = available[k];
        double v = 0;
        for (int p = conceptStart[i], end = conceptStart[i + 1]; p < end; p++) {
          int c = conceptIds[p];
          v += uncoveredMultiplier[c];
        }
        fraction[k] = 0;
        itemKeys[k] = ((long) Float.floatToIntBits(Math.nextUp((float) (v / costs[i]))) << 32) | k;
      }
      heapify(itemKeys, availableCount);
      double capacity = remaining;
      for (int size = availableCount; size > 0 && capacity > 0; size--) {
        long key = popMax(itemKeys, size);
        int k = (int) key;
        double ratio = Float.intBitsToFloat((int) (key >>> 32));
        int cost = costs[available[k]];
        if (ratio <= 0) {
          break;
        }
        double x = Math.min(1, capacity / cost);
        bound += x * cost * ratio;
        capacity -= x * cost;
        fraction[k] = x;
      }
      if (bound < lowest) {
        lowest = bound;
        if (depth == 0) {
          System.arraycopy(multiplier, 0, bestMultiplier, 0, multiplier.length);
        }
      } else {
        step /= 2;
      }
      double gap = bound - best;
      if (lowest <= cutoff() || gap <= 0) {
        break;
      }
      double norm = 0;
      for (int k = 0; k < availableCount; k++) {
        if (fraction[k] > 0) {
          int i = available[k];
          for (int p = conceptStart[i], end = conceptStart[i + 1]; p < end; p++) {
            int c = conceptIds[p];
            if (coverCount[c] == 0) {
              subgradient[c] += fraction[k];
            }
          }
        }
      }
      for (int k = 0; k < touchedCount; k++) {
        double g = subgradient[touched[k]];
        norm += g * g;
      }
      if (norm == 0) {
        break;
      }
      double t = step * gap / norm;
      bound = value;
      for (int k = 0; k < touchedCount; k++) {
        int c = touched[k];
        double mu = Math.max(0, Math.min(weights[c], multiplier[c] - t * subgradient[c]));
        multiplier[c] = mu;
        uncoveredMultiplier[c] = mu; // touched concepts are uncovered
        bound += weights[c] - mu;
        subgradient[c] = -1;
      }
    }
    return lowest;
  }

  /*
   * The knapsacks above take keys from the largest down and usually stop after a few: a binary
   * max-heap (built in linear time) yields them in the same order as a full sort would, at a
   * fraction of its cost. Keys are distinct (they end in an index), so the order is total.
   */

  /** Arranges {@code keys[0, size)} as a binary max-heap. */
  private static void heapify(long[] keys, int size) {
    for (int k = size / 2 - 1; k >= 0; k--) {
      siftDown(keys, k, size);
    }
  }

  /**
   * Removes and returns the largest key of the heap {@code keys[0, size)}. Bottom-up (Floyd): the
   * hole left at the root walks down along the larger children to a leaf, and the last key, which
   * nearly always belongs near the bottom, is sifted up from there; half the comparisons of
   * sifting it down from the root.
   */
  private static long popMax(long[] keys, int size) {
    long max = keys[0];
    int last = size - 1;
    long key = keys[last];
    int hole = 0;
    int child;
    while ((child = 2 * hole + 1) < last) {
      if (child + 1 < last && keys[child + 1] > keys[child]) {
        child++;
      }
      keys[hole] = keys[child];
      hole = child;
    }
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (keys[parent] >= key) {
        break;
      }
      keys[hole] = keys[parent];
      hole = parent;
    }
    keys[hole] = key;
    return max;
  }

  private static void siftDown(long[] keys, int k, int size) {
    long key = keys[k];
    while (true) {
      int child = 2 * k + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[child + 1] > keys[child]) {
        child++;
      }
      if (keys[child] <= key) {
        break;
      }
      keys[k] = keys[child];
      k = child;
    }
    keys[k] = key;
  }

  private boolean conflictsWithChosen(int item) {
    return chosenConflicts[item] > 0;
  }

  /** Adds {@code delta} to the chosen-conflict count of every item in conflict with {@code item}. */
  private void countConflicts(int item, int delta) {
    long[] row = conflictRow(item);
    for (int w = 0; w < row.length; w++) {
      for (long bits = row[w]; bits != 0; bits &= bits - 1) {
        chosenConflicts[w << 6 | Long.numberOfTrailingZeros(bits)] += delta;
      }
    }
  }

  private long[] conflictRow(int chosenItem) {
    long[] row = conflictRows[chosenItem];
    if (row == null) {
      row = new long[(itemCount + 63) >>> 6];
      for (int other = 0; other < itemCount; other++) {
        if (conflicts.conflict(chosenItem, other)) {
          row[other >>> 6] |= 1L << other;
        }
      }
      conflictRows[chosenItem] = row;
    }
    return row;
  }

  private void include(int item) {
    chosen[item] = true;
    chosenStack[depth++] = item;
    countConflicts(item, 1);
    remaining -= costs[item];
    for (int p = conceptStart[item], end = conceptStart[item + 1]; p < end; p++) {
      int c = conceptIds[p];
      if (coverCount[c]++ == 0) {
        value += weights[c];
        uncoveredWeight[c] = 0;
        uncoveredMultiplier[c] = 0;
      }
    }
  }

  private void undoInclude(int item) {
    for (int p = conceptStart[item], end = conceptStart[item + 1]; p < end; p++) {
      int c = conceptIds[p];
      if (--coverCount[c] == 0) {
        value -= weights[c];
        uncoveredWeight[c] = weights[c];
        uncoveredMultiplier[c] = multiplier[c];
      }
    }
    remaining += costs[item];
    depth--;
    chosen[item] = false;
    countConflicts(item, -1);
  }
}
