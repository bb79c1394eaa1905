package org.newsum.internal.summarizers;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference solver for the problem {@link CoverageSolver} solves, written as the textbook
 * integer program of Gillick &amp; Favre (2009) and handed to SCIP through OR-Tools (a
 * well-kept MIP solver with an LP-based branch and cut): maximize {@code sum_c w_c z_c} subject
 * to {@code sum_s cost_s x_s <= capacity}, {@code z_c <= sum_{s contains c} x_s},
 * {@code x_a + x_b <= 1} for every conflicting pair, {@code x} and {@code z} binary. Used only to
 * verify our solver's optima and to measure its gaps.
 */
final class ScipCoverageSolver {
  /** Relative MIP gap below which SCIP stops: tight, since its answers are the reference. */
  private static final double GAP = 1e-9;

  /**
   * The reference answer: the chosen items (ascending), their covered weight (recomputed from
   * the chosen items, not read from the solver), whether SCIP proved it optimal within the time
   * limit, and the seconds it took.
   */
  record Result(int[] chosen, double value, boolean optimal, double seconds) {}

  private ScipCoverageSolver() {}

  /**
   * Loads OR-Tools' native library (bundled for Linux x86-64 only: the other platforms' jars are
   * excluded from the build); returns why it failed, or null.
   */
  static String loadNativeLibrary() {
    try {
      Loader.loadNativeLibraries();
      return null;
    } catch (LinkageError | RuntimeException e) {
      return "OR-Tools native library unavailable on " + System.getProperty("os.name") + "/"
          + System.getProperty("os.arch") + ": " + e;
    }
  }

  static Result solve(ConceptCoverageSummarizer.Model model, long timeLimitMillis) {
    return solve(model.items(), model.weights(), model.costs(), model.conflicts(), model.capacity(), timeLimitMillis);
  }

  static Result solve(int[][] concepts, double[] weights, int[] costs, CoverageSolver.Conflicts conflicts,
      int capacity, long timeLimitMillis) {
    long start = System.nanoTime();
    MPSolver solver = MPSolver.createSolver("SCIP");
    try {
      solver.setTimeLimit(timeLimitMillis);
      solver.setNumThreads(1);
      int n = concepts.length;
      MPVariable[] items = new MPVariable[n];
      MPConstraint budget = solver.makeConstraint(0, capacity, "budget");
      List<List<MPVariable>> coveringItems = new ArrayList<>();
      for (int c = 0; c < weights.length; c++) {
        coveringItems.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        items[i] = solver.makeBoolVar("x" + i);
        budget.setCoefficient(items[i], costs[i]);
        for (int c : concepts[i]) {
          coveringItems.get(c).add(items[i]);
        }
      }
      MPObjective objective = solver.objective();
      objective.setMaximization();
      for (int c = 0; c < weights.length; c++) {
        if (coveringItems.get(c).isEmpty()) {
          continue;
        }
        MPVariable covered = solver.makeBoolVar("z" + c);
        objective.setCoefficient(covered, weights[c]);
        MPConstraint coverage = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "cover" + c);
        coverage.setCoefficient(covered, 1);
        for (MPVariable item : coveringItems.get(c)) {
          coverage.setCoefficient(item, -1);
        }
      }
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (conflicts.conflict(a, b)) {
            MPConstraint pair = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1, "conflict" + a + "_" + b);
            pair.setCoefficient(items[a], 1);
            pair.setCoefficient(items[b], 1);
          }
        }
      }
      MPSolverParameters parameters = new MPSolverParameters();
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, GAP);
      MPSolver.ResultStatus status = solver.solve(parameters);
      List<Integer> chosen = new ArrayList<>();
      boolean feasible = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
      for (int i = 0; i < n && feasible; i++) {
        if (items[i].solutionValue() > 0.5) {
          chosen.add(i);
        }
      }
      int[] picked = chosen.stream().mapToInt(Integer::intValue).toArray();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(picked, CoverageSolverTest.covered(picked, concepts, weights),
          status == MPSolver.ResultStatus.OPTIMAL, seconds);
    } finally {
      solver.delete();
    }
  }
}
