package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  /**
   * Subgradient steps of the Lagrangian bound at the root (for the reduced-cost fixing, then for
   * the root node). 20 instead of 60: the same summaries on DUC 2004, DUC 2006 and DUC 2007 update,
   * one of 1,000 Multi-News dev summaries differs; 10 moved DUC 2006 ROUGE-L by 0.08 points.
   */
  private static final int ROOT_ITERATIONS = 20;
  /**
   * Subgradient steps of the Lagrangian bound below the root. The multipliers carry over from
   * node to node, so a node starts near where the last one ended: 2 steps cut as many nodes as 8
   * did where it matters (the summaries of DUC 2004, DUC 2007 update and Multi-News dev are those
   * of 8 steps, 3 of 50 of DUC 2006 differ, every ROUGE figure within 0.05 points) for a quarter of
   * the work; 1 step changed 7 of 50 DUC 2006 summaries, none moved DUC 2004 R-1 by 0.08 points
   * (docs/benchmarks/speed.md, round 6).
   */
  private static final int NODE_ITERATIONS = 2;

  /** Whether two items may not be chosen together: symmetric ({@code conflict(a, b) == conflict(b, a)}). */
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
  /**
   * For each item chosen at some node, the items it conflicts with (bits), computed on first choice; a pair whose
   * other item has its row already is read from that row.
   */
  private final long[][] conflictRows;
  /** For each item, how many chosen items it conflicts with. */
  private final int[] chosenConflicts;
  private final long nodeLimit;
  /** The bits of -0.0, which {@link #uncoveredWeight} holds for a covered concept alone. */
  private static final long COVERED = Double.doubleToRawLongBits(-0.0);
  private static final int INFINITY_BITS = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);

  private final int[] coverCount;
  private final boolean[] excluded;
  private final boolean[] chosen;
  private final int[] chosenStack;
  /*
   * A node's bounds look only at its available items and at their uncovered concepts (the
   * touched ones). Gathering them copies each available item's uncovered concepts into
   * itemConcepts[itemStart[k], itemStart[k + 1]). Where the concept bound does not cut the node,
   * the Lagrangian lists the touched concepts in touched[0, touchedCount), in the order they are
   * first met (seen[c] == touchStamp marks a listed one), and sums over that list in its order; its
   * steps read and write the concepts' multipliers and subgradients in place, by concept id.
   * Leaving out covered concepts leaves every sum bit-identical, as they add 0.0.
   */
  private final int[] seen;
  private int touchStamp;
  private final int[] touched;
  private final double[] subgradient;
  /** At the root, the multipliers of the lowest Lagrangian bound, of the touched concepts. */
  private final double[] bestMultiplier;
  private final int[] itemConcepts;
  private final int[] itemStart;
  private final int[] availableCost;
  /**
   * An upper bound on every Lagrangian knapsack key's ratio of each available item (its gain per
   * cost, rounded up as the keys are: multipliers never exceed weights), so that items below the
   * threshold need their multipliers summed only when the knapsack reaches them.
   */
  private final float[] availableRatio;
  private final int[] deferred;
  private int touchedCount;
  private final int[] available;
  /** The item {@link #gather} chose to branch on, its available index and gain per cost. */
  private int branch;
  private int branchIndex;
  private double branchRatio;
  /** How many items the last gathering found available, and where their concepts end in {@link #itemConcepts}. */
  private int gatheredCount;
  private int gatheredEnd;
  /** The items of each concept: {@code conceptItems[conceptItemStart[c], conceptItemStart[c + 1])}, ascending. */
  private final int[] conceptItemStart;
  private final int[] conceptItems;
  /**
   * Per item, the last {@link #coveredStamp} at which it shared a concept the included item covered
   * ({@link #gatherIncluded}); an older stamp seen again after the counter wraps only makes an item summed again.
   */
  private final int[] sharesCovered;
  private int coveredStamp;
  /** Each available item's gain per cost. */
  private final double[] availableGainRatio;
  /** The nodes kept for their children, by recursion level (see {@link Snapshot}). */
  private final List<Snapshot> snapshots = new ArrayList<>();
  /**
   * Most array slots (4 bytes each; a ratio takes two) the kept nodes may hold
   * together: 4 MiB, over five times what the deepest search of the benchmark sets keeps (DUC 2004:
   * 154 levels, 0.7 MiB). Past it a child gathers from scratch, so that the memory stays
   * bounded however large the pool and the node guard.
   */
  static final long KEPT_WORDS = 1 << 20;
  private final long keptLimit;
  private long keptWords;
  private final int[] active;
  private int activeCount;
  /** The concept bound's scratch (see {@link #conceptBound}): items by ratio, the concepts it took, and which. */
  private final DescendingKeys boundKeys;
  /**
   * The concept bound's walk stops where the capacity runs out, after a few items, near a ratio that moves little
   * from node to node: items at or above the last stop's ratio times {@link #THRESHOLD_FACTOR} are sorted, the rest
   * heaped only when the walk gets past them (see {@link DescendingKeys}).
   */
  private float boundThreshold;
  private final int[] counted;
  private final boolean[] isCounted;
  private final DescendingKeys itemKeys;
  /** The knapsack's fraction of each available item it took (stale for the others: read only through {@link #taken}). */
  private final double[] fraction;
  /** The available items the current knapsack took with a positive fraction. */
  private final int[] taken;
  private final double[] multiplier;
  /*
   * The Lagrangian knapsack takes keys from the largest down and stops after a few, near a critical ratio that
   * moves little from one call to the next: keys at or above a threshold, the last critical ratio
   * times THRESHOLD_FACTOR, are sorted on their own, the rest only heaped if the knapsack runs past
   * them. The factor changes only the speed, never a result (0.92 was the fastest of 0.75 to 0.97
   * on the DUC 2006 problems).
   */
  private static final float THRESHOLD_FACTOR = 0.92f;
  private float itemThreshold;
  /*
   * The weight of each concept while it is uncovered (-0.0 for a weight of -0.0 or 0 is stored as
   * +0.0), and -0.0 once covered: the hot sums add it without testing coverage (adding -0.0 leaves
   * every sum unchanged, bit for bit), and its sign bit alone tells a covered concept, so the node
   * loop reads one array per concept instead of two.
   */
  private final double[] uncoveredWeight;
  private int depth;
  private int remaining;
  private double value;
  private double best = -1;
  /** The best solution's items: {@code bestChosen[0, bestCount)}, copied over at each improvement without allocating. */
  private final int[] bestChosen;
  private int bestCount;
  private long nodes;
  private double lastBound;

  /**
   * @param concepts for every item, the distinct ids of the concepts it covers
   * @param weights weight of every concept id, all positive
   * @param costs cost of every item, all positive
   */
  CoverageSolver(int[][] concepts, double[] weights, int[] costs, Conflicts conflicts, long nodeLimit) {
    this(concepts, weights, costs, conflicts, nodeLimit, KEPT_WORDS);
  }

  /** With at most {@code keptLimit} array slots for the nodes kept for excluded children (0: none kept). */
  CoverageSolver(int[][] concepts, double[] weights, int[] costs, Conflicts conflicts, long nodeLimit, long keptLimit) {
    this.keptLimit = keptLimit;
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
    this.conceptItemStart = new int[weights.length + 1];
    for (int c : conceptIds) {
      conceptItemStart[c + 1]++;
    }
    for (int c = 0; c < weights.length; c++) {
      conceptItemStart[c + 1] += conceptItemStart[c];
    }
    this.conceptItems = new int[conceptIds.length];
    int[] filled = Arrays.copyOf(conceptItemStart, weights.length);
    for (int i = 0; i < itemCount; i++) {
      for (int p = conceptStart[i]; p < conceptStart[i + 1]; p++) {
        conceptItems[filled[conceptIds[p]]++] = i;
      }
    }
    this.sharesCovered = new int[itemCount];
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
    this.bestChosen = new int[n];
    this.seen = new int[weights.length];
    this.touched = new int[weights.length + 1]; // one more: listTouched writes a slot past the last concept
    this.subgradient = new double[weights.length];
    this.bestMultiplier = new double[weights.length];
    this.itemConcepts = new int[conceptIds.length];
    this.itemStart = new int[n + 1];
    this.availableCost = new int[n];
    this.availableRatio = new float[n];
    this.availableGainRatio = new double[n];
    this.deferred = new int[n];
    this.boundKeys = new DescendingKeys(n);
    this.counted = new int[weights.length];
    this.isCounted = new boolean[weights.length];
    this.available = new int[n];
    this.active = new int[n];
    for (int i = 0; i < n; i++) {
      active[activeCount++] = i;
    }
    this.itemKeys = new DescendingKeys(n);
    this.fraction = new double[n];
    this.taken = new int[n];
    this.multiplier = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      multiplier[c] = weights[c] / 2;
    }
    this.uncoveredWeight = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      uncoveredWeight[c] = uncovered(c);
    }
  }

  /** The best set of items whose total cost is at most {@code capacity}. */
  Solution solve(int capacity) {
    remaining = capacity;
    value = 0;
    greedy();
    fixItemsAtRoot();
    search(0, null, -1, false);
    int[] result = Arrays.copyOf(bestChosen, bestCount);
    Arrays.sort(result);
    return new Solution(result, Math.max(0, best), nodes < nodeLimit, nodes);
  }

  /** Takes the best gain per cost while anything fits: the incumbent the search starts from. */
  private void greedy() {
    // Each item's gain per cost, summed again after a pick only for the items that share a concept
    // the pick covered: the others' sums run over the same concepts, covered or not, as before.
    double[] ratio = new double[itemCount];
    for (int k = 0; k < activeCount; k++) {
      int i = active[k];
      ratio[i] = gain(i) / costs[i];
    }
    while (true) {
      int pick = -1;
      double pickRatio = 0;
      for (int k = 0; k < activeCount; k++) {
        int i = active[k];
        if (chosen[i] || costs[i] > remaining || conflictsWithChosen(i)) {
          continue;
        }
        if (ratio[i] > pickRatio) {
          pickRatio = ratio[i];
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      include(pick);
      int stamp = markSharingNewlyCovered(pick);
      for (int k = 0; k < activeCount; k++) {
        int i = active[k];
        if (sharesCovered[i] == stamp) {
          ratio[i] = gain(i) / costs[i];
        }
      }
    }
    best = value;
    keepBest();
    while (depth > 0) {
      undoInclude(chosenStack[depth - 1]);
    }
  }

  /** Keeps the chosen items as the best solution. */
  private void keepBest() {
    System.arraycopy(chosenStack, 0, bestChosen, 0, depth);
    bestCount = depth;
  }

  /**
   * Reduced-cost fixing: with the root's best Lagrangian multipliers, the bound of any solution
   * containing item {@code i} (left out of the fractional knapsack) is at most
   * {@code L - cost_i * rho + value_i}, where {@code rho} is the knapsack's critical ratio (the
   * fractional knapsack is concave in its capacity, with slope {@code rho} just below it). Items
   * whose bound cannot beat the incumbent are dropped for good, which shrinks the search.
   */
  private void fixItemsAtRoot() {
    int availableCount = gather();
    listTouched(availableCount);
    if (availableCount == 0 || lagrangianBound(availableCount, ROOT_ITERATIONS) <= cutoff()) {
      activeCount = 0; // the greedy solution is optimal
      return;
    }
    double base = value;
    for (int l = 0; l < touchedCount; l++) {
      int c = touched[l];
      base += weights[c] - bestMultiplier[c];
    }
    Integer[] order = new Integer[availableCount];
    double[] itemWorth = new double[itemCount];
    for (int k = 0; k < availableCount; k++) {
      int i = available[k];
      order[k] = i;
      for (int q = itemStart[k], end = itemStart[k + 1]; q < end; q++) {
        itemWorth[i] += bestMultiplier[itemConcepts[q]];
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

  /**
   * Explores the node at recursion {@code level}. A child ({@code parent} not null) is its parent's
   * node with the item at available index {@code skip} chosen ({@code included}) or excluded: it
   * starts from the parent's gathered items instead of gathering them again (from scratch when the
   * parent's node was not kept).
   */
  private void search(int level, Snapshot parent, int skip, boolean included) {
    nodes++;
    if (value > best) {
      best = value;
      keepBest();
    }
    if (nodes >= nodeLimit) {
      return;
    }
    int next = boundAndPick(parent, skip, included);
    if (next < 0 || lastBound <= cutoff()) {
      return;
    }
    int nextIndex = branchIndex;
    Snapshot own = snapshot(level);
    include(next);
    search(level + 1, own, nextIndex, true);
    undoInclude(next);
    excluded[next] = true;
    search(level + 1, own, nextIndex, false);
    excluded[next] = false;
  }

  /**
   * A node's gathered items (see the fields: their uncovered concepts and each item's gain per cost),
   * kept while its children's subtrees run. Its excluded child has the same chosen items, coverage
   * and capacity, so its available items are these but one, with the same uncovered concepts and
   * gains, in the same order: what it gathers from them is what it would gather from scratch, bit
   * for bit, without summing the gains again. Its included child's items are among these too
   * ({@link #gatherIncluded}).
   */
  private static final class Snapshot {
    int count;
    int[] items = new int[0];
    int[] starts = new int[1];
    double[] ratios = new double[0];
    int[] concepts = new int[0];
  }

  /**
   * Keeps the node just bounded in the snapshot of recursion {@code level} (one per level, reused),
   * or returns null when that would take the kept nodes past their limit ({@link #KEPT_WORDS}).
   */
  private Snapshot snapshot(int level) {
    while (snapshots.size() <= level) {
      snapshots.add(new Snapshot());
    }
    Snapshot s = snapshots.get(level);
    int count = gatheredCount;
    int end = itemStart[count];
    long growth = Math.max(0, 4L * (count - s.items.length)) + Math.max(0, end - s.concepts.length);
    if (keptWords + growth > keptLimit) {
      return null;
    }
    keptWords += growth;
    if (s.items.length < count) {
      s.items = new int[count];
      s.starts = new int[count + 1];
      s.ratios = new double[count];
    }
    if (s.concepts.length < end) {
      s.concepts = new int[end];
    }
    s.count = count;
    System.arraycopy(available, 0, s.items, 0, count);
    System.arraycopy(itemStart, 0, s.starts, 0, count + 1);
    System.arraycopy(availableGainRatio, 0, s.ratios, 0, count);
    System.arraycopy(itemConcepts, 0, s.concepts, 0, end);
    return s;
  }

  /**
   * Gathers the current node's available items (neither excluded nor chosen, fitting, with some
   * gain) into {@code available} and their uncovered concepts (see the fields); sets
   * {@link #branch} to the available item with the best gain per cost that conflicts with no
   * chosen item (-1 if none). Returns the number of available items.
   */
  private int gather() {
    branch = -1;
    branchRatio = 0;
    int availableCount = 0;
    gatheredEnd = 0;
    for (int a = 0; a < activeCount; a++) {
      int i = active[a];
      if (excluded[i] || chosen[i] || costs[i] > remaining) {
        continue;
      }
      availableCount = gatherItem(i, availableCount);
    }
    itemStart[availableCount] = gatheredEnd;
    gatheredCount = availableCount;
    return availableCount;
  }

  /**
   * Writes item {@code i}'s uncovered concepts at {@link #gatheredEnd} and, when they are worth
   * anything, makes it available item {@code k} ({@link #addAvailable}) and moves the end past them;
   * returns the number of available items then.
   */
  private int gatherItem(int i, int k) {
    int start = gatheredEnd;
    int end = start;
    // Two running sums, of every other concept: one would make each add wait for the last.
    double gain = 0;
    double gain2 = 0;
    int p = conceptStart[i];
    int stop = conceptStart[i + 1];
    for (; p + 1 < stop; p += 2) {
      int c = conceptIds[p];
      int d = conceptIds[p + 1];
      double w = uncoveredWeight[c];
      double v = uncoveredWeight[d];
      gain += w;
      gain2 += v;
      // Written always, kept by moving on only when uncovered: no branch to mispredict.
      itemConcepts[end] = c;
      end += Double.doubleToRawLongBits(w) != COVERED ? 1 : 0;
      itemConcepts[end] = d;
      end += Double.doubleToRawLongBits(v) != COVERED ? 1 : 0;
    }
    if (p < stop) {
      int c = conceptIds[p];
      double w = uncoveredWeight[c];
      gain += w;
      itemConcepts[end] = c;
      end += Double.doubleToRawLongBits(w) != COVERED ? 1 : 0;
    }
    gain += gain2;
    if (gain <= 0) {
      return k;
    }
    gatheredEnd = end;
    addAvailable(i, gain / costs[i], start, k);
    return k + 1;
  }

  /**
   * Marks with a new {@link #coveredStamp}, in {@link #sharesCovered}, every item that has a concept
   * {@code chosenItem}, just included, covers alone (so uncovered before it); returns the stamp.
   */
  private int markSharingNewlyCovered(int chosenItem) {
    int stamp = ++coveredStamp;
    for (int p = conceptStart[chosenItem], end = conceptStart[chosenItem + 1]; p < end; p++) {
      int c = conceptIds[p];
      if (coverCount[c] == 1) {
        for (int q = conceptItemStart[c], stop = conceptItemStart[c + 1]; q < stop; q++) {
          sharesCovered[conceptItems[q]] = stamp;
        }
      }
    }
    return stamp;
  }

  /**
   * What {@link #gather} gathers at the included child of the node kept in {@code parent}, the item at
   * {@code skip} just chosen, from it: the child's available items are among the parent's, in the same
   * order, and an item that has none of the concepts the choice covered (found through
   * {@link #conceptItems}) keeps its uncovered concepts and its gain, summed over the same list with the
   * same covered concepts, bit for bit; only the items that share a newly covered concept are summed again.
   */
  private int gatherIncluded(Snapshot parent, int skip) {
    branch = -1;
    branchRatio = 0;
    int stamp = markSharingNewlyCovered(parent.items[skip]);
    int availableCount = 0;
    gatheredEnd = 0;
    for (int j = 0; j < parent.count; j++) {
      int i = parent.items[j];
      if (j == skip || costs[i] > remaining) {
        continue;
      }
      if (sharesCovered[i] == stamp) {
        availableCount = gatherItem(i, availableCount);
      } else {
        int from = parent.starts[j];
        int length = parent.starts[j + 1] - from;
        System.arraycopy(parent.concepts, from, itemConcepts, gatheredEnd, length);
        addAvailable(i, parent.ratios[j], gatheredEnd, availableCount++);
        gatheredEnd += length;
      }
    }
    itemStart[availableCount] = gatheredEnd;
    gatheredCount = availableCount;
    return availableCount;
  }

  /**
   * What {@link #gather} gathers at the excluded child of the node kept in {@code parent}, from
   * it: its items but the one at {@code skip}.
   */
  private int gatherExcluded(Snapshot parent, int skip) {
    branch = -1;
    branchRatio = 0;
    int skipStart = parent.starts[skip];
    int skipLength = parent.starts[skip + 1] - skipStart;
    int end = parent.starts[parent.count] - skipLength;
    System.arraycopy(parent.concepts, 0, itemConcepts, 0, skipStart);
    System.arraycopy(parent.concepts, skipStart + skipLength, itemConcepts, skipStart, end - skipStart);
    int availableCount = 0;
    for (int j = 0; j < parent.count; j++) {
      if (j != skip) {
        addAvailable(parent.items[j], parent.ratios[j], j < skip ? parent.starts[j] : parent.starts[j] - skipLength,
            availableCount++);
      }
    }
    itemStart[availableCount] = end;
    gatheredCount = availableCount;
    return availableCount;
  }

  /**
   * Makes item {@code i}, of gain per cost {@code ratio} and uncovered concepts from
   * {@code itemConcepts[start]} on, the available item {@code k}, and updates the item to branch on.
   */
  private void addAvailable(int i, double ratio, int start, int k) {
    itemStart[k] = start;
    availableCost[k] = costs[i];
    availableGainRatio[k] = ratio;
    availableRatio[k] = Float.intBitsToFloat(roundedUpBits(ratio));
    available[k] = i;
    if (ratio > branchRatio && !conflictsWithChosen(i)) {
      branchRatio = ratio;
      branch = i;
      branchIndex = k;
    }
  }

  /** Lists the touched concepts of the gathered node in the order they are first met (see the fields). */
  private void listTouched(int availableCount) {
    if (++touchStamp == 0) { // wrapped: no concept may look listed already
      Arrays.fill(seen, 0);
      touchStamp = 1;
    }
    int stamp = touchStamp;
    int count = 0;
    for (int q = 0, end = itemStart[availableCount]; q < end; q++) {
      // Without a branch: whether a concept is met for the first time follows no pattern.
      int c = itemConcepts[q];
      int first = seen[c] != stamp ? 1 : 0;
      seen[c] = stamp;
      touched[count] = c;
      count += first;
    }
    touchedCount = count;
  }

  /**
   * Computes the bound of the current node into {@link #lastBound} and returns the available
   * item with the best gain per cost to branch on, or -1 when no item can add anything.
   */
  private int boundAndPick(Snapshot parent, int skip, boolean included) {
    int availableCount = parent == null ? gather() : included ? gatherIncluded(parent, skip) : gatherExcluded(parent, skip);
    int pick = branch;
    double bound = conceptBound(availableCount);
    lastBound = bound;
    if (pick >= 0 && bound > cutoff()) {
      listTouched(availableCount);
      lastBound = Math.min(bound, lagrangianBound(availableCount, depth == 0 ? ROOT_ITERATIONS : NODE_ITERATIONS));
    }
    return pick;
  }

  /**
   * The fractional knapsack over the uncovered concepts of the available items, best ratio first:
   * those that fit whole, then a fraction of the first that does not. A concept's ratio is that of its best available
   * item, rounded up to a float ({@link #availableRatio}: the float rounding is far below the
   * tolerance and covered by rounding up), so there are only as many ratios as available items,
   * several times fewer than touched concepts: the items are taken by ratio and each concept
   * with the first item that has it, instead of sorting the concepts; the walk stops where
   * the capacity runs out, usually after a few items, so only the items above {@link #boundThreshold}
   * are sorted ({@link DescendingKeys}: the same order as a full sort).
   */
  private double conceptBound(int availableCount) {
    boundKeys.start(boundThreshold, availableCount);
    for (int k = 0; k < availableCount; k++) {
      boundKeys.add(((long) Float.floatToRawIntBits(availableRatio[k]) << 32) | k);
    }
    boundKeys.sortHigh();
    double bound = value;
    double capacity = remaining;
    int countedCount = 0;
    walk:
    while (boundKeys.hasNext()) {
      int k = (int) boundKeys.next();
      double ratio = availableRatio[k];
      for (int q = itemStart[k], end = itemStart[k + 1]; q < end; q++) {
        int c = itemConcepts[q];
        if (isCounted[c]) {
          continue;
        }
        isCounted[c] = true;
        counted[countedCount++] = c;
        double cost = weights[c] / ratio;
        if (cost > capacity) {
          bound += capacity * ratio;
          boundThreshold = availableRatio[k] * THRESHOLD_FACTOR;
          break walk;
        }
        bound += weights[c];
        capacity -= cost;
      }
    }
    for (int t = 0; t < countedCount; t++) {
      isCounted[counted[t]] = false;
    }
    return bound;
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
   * Returns the lowest bound seen; stops early once it cuts the node. Works on the gathered
   * node and its {@linkplain #listTouched touched concepts}; at the root, leaves the multipliers of the lowest
   * bound in {@link #bestMultiplier}.
   */
  private double lagrangianBound(int availableCount, int iterations) {
    double lowest = Double.POSITIVE_INFINITY;
    double step = 1.0;
    // The part of the bound the concepts give, value + sum_c (w_c - mu_c), is summed where the
    // multipliers are set (here, then in each step's update).
    double bound = value;
    for (int l = 0; l < touchedCount; l++) {
      int c = touched[l];
      bound += weights[c] - multiplier[c];
      subgradient[c] = -1;
    }
    for (int iteration = 0; iteration < iterations; iteration++) {
      itemKeys.start(itemThreshold, availableCount);
      int deferredCount = 0;
      int takenCount = 0;
      for (int k = 0; k < availableCount; k++) {
        if (availableRatio[k] < itemThreshold) {
          deferred[deferredCount++] = k;
        } else {
          itemKeys.add(itemKey(k));
        }
      }
      itemKeys.sortHigh();
      double capacity = remaining;
      while (capacity > 0) {
        if (deferredCount > 0 && !itemKeys.hasSorted()) {
          for (int d = 0; d < deferredCount; d++) {
            itemKeys.add(itemKey(deferred[d]));
          }
          deferredCount = 0;
        }
        if (!itemKeys.hasNext()) {
          break;
        }
        long key = itemKeys.next();
        int k = (int) key;
        double ratio = Float.intBitsToFloat((int) (key >>> 32));
        int cost = availableCost[k];
        if (ratio <= 0) {
          break;
        }
        double x = Math.min(1, capacity / cost);
        bound += x * cost * ratio;
        capacity -= x * cost;
        fraction[k] = x;
        if (x > 0) {
          taken[takenCount++] = k;
        }
        itemThreshold = (float) ratio * THRESHOLD_FACTOR;
      }
      if (bound < lowest) {
        lowest = bound;
        if (depth == 0) {
          for (int l = 0; l < touchedCount; l++) {
            int c = touched[l];
            bestMultiplier[c] = multiplier[c];
          }
        }
      } else {
        step /= 2;
      }
      double gap = bound - best;
      if (lowest <= cutoff() || gap <= 0) {
        break;
      }
      double norm = 0;
      // The items the knapsack took, in item order: each concept's subgradient adds their
      // fractions in the same order as a pass over all available items would.
      Arrays.sort(taken, 0, takenCount);
      for (int t = 0; t < takenCount; t++) {
        int k = taken[t];
        for (int q = itemStart[k], end = itemStart[k + 1]; q < end; q++) {
          subgradient[itemConcepts[q]] += fraction[k];
        }
      }
      // Two sums each, odd and even concepts apart: a single running sum would make every add
      // wait for the one before it.
      double norm2 = 0;
      int pairs = touchedCount & ~1;
      for (int l = 0; l < pairs; l += 2) {
        double g = subgradient[touched[l]];
        double h = subgradient[touched[l + 1]];
        norm += g * g;
        norm2 += h * h;
      }
      if (pairs < touchedCount) {
        double g = subgradient[touched[pairs]];
        norm += g * g;
      }
      norm += norm2;
      if (norm == 0) {
        break;
      }
      double t = step * gap / norm;
      if (iteration == iterations - 1) {
        // The last step: only its multipliers are read (by the next node), not the bound they give.
        for (int l = 0; l < touchedCount; l++) {
          int c = touched[l];
          multiplier[c] = steppedMultiplier(c, t);
        }
        return lowest;
      }
      double concepts = 0;
      double concepts2 = 0;
      for (int l = 0; l < pairs; l += 2) {
        concepts += updateMultiplier(touched[l], t);
        concepts2 += updateMultiplier(touched[l + 1], t);
      }
      if (pairs < touchedCount) {
        concepts += updateMultiplier(touched[pairs], t);
      }
      bound = value + (concepts + concepts2);
    }
    return lowest;
  }

  /**
   * One subgradient step of concept {@code c}'s multiplier, {@code t} along its
   * subgradient and clamped to {@code [0, w]}; resets the subgradient and returns what the
   * concept now adds to the bound, {@code w - mu}.
   */
  private double updateMultiplier(int c, double t) {
    double mu = steppedMultiplier(c, t);
    multiplier[c] = mu;
    subgradient[c] = -1;
    return weights[c] - mu;
  }

  /** Concept {@code c}'s multiplier after a subgradient step of {@code t}, clamped to {@code [0, w]}. */
  private double steppedMultiplier(int c, double t) {
    // max(0, min(w, x)); x is never NaN, a -0.0 becomes 0. Math's compile to branch-free instructions: whether a
    // multiplier is clamped follows no pattern.
    return Math.max(0.0, Math.min(weights[c], multiplier[c] - t * subgradient[c]));
  }

  /** The Lagrangian knapsack key of available item {@code k}: its multipliers' sum per cost, rounded up, above {@code k}. */
  private long itemKey(int k) {
    double v = 0;
    for (int q = itemStart[k], end = itemStart[k + 1]; q < end; q++) {
      v += multiplier[itemConcepts[q]];
    }
    return ((long) roundedUpBits(v / availableCost[k]) << 32) | k;
  }

  /**
   * The bits of {@code Math.nextUp((float) ratio)} for a ratio that is not negative (never -0.0)
   * and not NaN, as the gains and multiplier sums are: one above the float's own bits, except at
   * infinity. Skips {@code nextUp}'s tests for NaN and negative numbers in the hottest loops.
   */
  static int roundedUpBits(double ratio) {
    return Math.min(Float.floatToRawIntBits((float) ratio) + 1, INFINITY_BITS);
  }

  /**
   * Distinct keys handed out from the largest down, as the Lagrangian knapsack takes them: those at or
   * above a threshold (a ratio, compared with the float in a key's upper half) are sorted, and
   * the rest, which a knapsack seldom reaches, are arranged as a binary max-heap (built in linear
   * time) only when it does. Keys end in an index, so the order is total and the same as a full
   * sort's.
   */
  static final class DescendingKeys {
    private final long[] keys;
    private long threshold;
    /** Keys at or above the threshold: {@code keys[0, high)}, ascending once sorted. */
    private int high;
    /** Keys below it: {@code keys[low, size)}; once heaped, {@code keys[0, heapSize)}. */
    private int low;
    private int size;
    private int heapSize;

    DescendingKeys(int capacity) {
      keys = new long[capacity];
    }

    void start(float thresholdRatio, int size) {
      threshold = (long) Float.floatToIntBits(thresholdRatio) << 32;
      this.size = size;
      high = 0;
      low = size;
      heapSize = -1;
    }

    void add(long key) {
      // Without a branch to mispredict: which side a key goes to is a coin toss near the threshold.
      boolean isHigh = key >= threshold;
      keys[isHigh ? high : low - 1] = key;
      high += isHigh ? 1 : 0;
      low -= isHigh ? 0 : 1;
    }

    void sortHigh() {
      Arrays.sort(keys, 0, high);
    }

    /** Whether keys at or above the threshold are left. */
    boolean hasSorted() {
      return high > 0;
    }

    boolean hasNext() {
      return high > 0 || (heapSize < 0 ? low < size : heapSize > 0);
    }

    long next() {
      if (high > 0) {
        return keys[--high];
      }
      if (heapSize < 0) {
        heapSize = size - low;
        System.arraycopy(keys, low, keys, 0, heapSize);
        heapify(keys, heapSize);
      }
      return popMax(keys, heapSize--);
    }
  }

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
      int word = chosenItem >>> 6;
      long bit = 1L << chosenItem;
      for (int other = 0; other < itemCount; other++) {
        // Conflicts are symmetric: an item chosen before already holds the answer.
        long[] known = conflictRows[other];
        if (known != null ? (known[word] & bit) != 0 : conflicts.conflict(chosenItem, other)) {
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
        uncoveredWeight[c] = -0.0;
      }
    }
  }

  /** Concept {@code c}'s weight as {@link #uncoveredWeight} holds it while uncovered: never -0.0. */
  private double uncovered(int c) {
    return weights[c] + 0.0;
  }

  private void undoInclude(int item) {
    for (int p = conceptStart[item], end = conceptStart[item + 1]; p < end; p++) {
      int c = conceptIds[p];
      if (--coverCount[c] == 0) {
        value -= weights[c];
        uncoveredWeight[c] = uncovered(c);
      }
    }
    remaining += costs[item];
    depth--;
    chosen[item] = false;
    countConflicts(item, -1);
  }
}
