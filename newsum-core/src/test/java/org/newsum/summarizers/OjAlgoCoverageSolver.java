package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * A reference solver for the problem {@link CoverageSolver} solves, written as the textbook
 * integer program of Gillick &amp; Favre (2009) and handed to ojAlgo's MIP solver (a well-kept,
 * pure-Java solver): maximize {@code sum_c w_c z_c} subject to {@code sum_s cost_s x_s <=
 * capacity}, {@code z_c <= sum_{s contains c} x_s}, {@code x_a + x_b <= 1} for every conflicting
 * pair, {@code x} and {@code z} binary. Used only to verify our solver's optima and measure its
 * gaps; it is far slower.
 */
final class OjAlgoCoverageSolver {
  /** Relative MIP gap below which ojAlgo stops: tight, since its answers are the reference. */
  private static final NumberContext GAP = NumberContext.of(9, 9);

  /**
   * The reference answer: the chosen items (ascending), their covered weight (recomputed from
   * the chosen items, not read from the solver), whether ojAlgo proved it optimal within the
   * time limit, and the seconds it took.
   */
  record Result(int[] chosen, double value, boolean optimal, double seconds) {}

  private OjAlgoCoverageSolver() {}

  static Result solve(ConceptCoverageSummarizer.Model model, long timeLimitMillis) {
    return solve(model.items(), model.weights(), model.costs(), model.conflicts(), model.capacity(), timeLimitMillis);
  }

  static Result solve(int[][] concepts, double[] weights, int[] costs, CoverageSolver.Conflicts conflicts,
      int capacity, long timeLimitMillis) {
    long start = System.nanoTime();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.time_abort = timeLimitMillis;
    model.options.integer(IntegerStrategy.DEFAULT.withGapTolerance(GAP).withParallelism(() -> 1));
    int n = concepts.length;
    Variable[] items = new Variable[n];
    Expression budget = model.addExpression("budget").upper(capacity);
    List<List<Variable>> coveringItems = new ArrayList<>();
    for (int c = 0; c < weights.length; c++) {
      coveringItems.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      items[i] = model.addVariable("x" + i).binary();
      budget.set(items[i], costs[i]);
      for (int c : concepts[i]) {
        coveringItems.get(c).add(items[i]);
      }
    }
    for (int c = 0; c < weights.length; c++) {
      if (coveringItems.get(c).isEmpty()) {
        continue;
      }
      Variable covered = model.addVariable("z" + c).binary().weight(weights[c]);
      Expression coverage = model.addExpression("cover" + c).upper(0);
      coverage.set(covered, 1);
      for (Variable item : coveringItems.get(c)) {
        coverage.set(item, -1);
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (conflicts.conflict(a, b)) {
          Expression pair = model.addExpression("conflict" + a + "_" + b).upper(1);
          pair.set(items[a], 1);
          pair.set(items[b], 1);
        }
      }
    }
    Optimisation.Result result = model.maximise();
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) { // the items are variables 0..n-1
      if (result.getState().isFeasible() && result.doubleValue(i) > 0.5) {
        chosen.add(i);
      }
    }
    int[] picked = chosen.stream().mapToInt(Integer::intValue).toArray();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(picked, coveredWeight(picked, concepts, weights),
        result.getState() == Optimisation.State.OPTIMAL, seconds);
  }

  /** The summed weight of the distinct concepts the chosen items cover. */
  static double coveredWeight(int[] chosen, int[][] concepts, double[] weights) {
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
}
