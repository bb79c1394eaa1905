package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

/**
 * Cross-checks {@link CoverageSolver} against SCIP ({@link ScipCoverageSolver}) on the same
 * model: our objective is never above SCIP's proven optimum, and equals it whenever our solver
 * reports a proof of optimality. On random instances, and on the real problems the {@code ilp}
 * method builds for DUC 2004 clusters (from {@code ../shared}; skipped when absent).
 */
class CoverageSolverReferenceTest {
  /** Room for floating-point summation order: relative to the objective. */
  private static final double TOLERANCE = 1e-9;
  private static final long REFERENCE_LIMIT_MILLIS = 60_000;
  /**
   * DUC 2004 clusters checked of each kind (proven optimal by us, left unproven by the node
   * guard): a few of each keeps the run quick.
   */
  private static final int DUC_CLUSTERS_PER_KIND = 2;

  @BeforeAll
  static void loadOrTools() {
    String unavailable = ScipCoverageSolver.loadNativeLibrary();
    if (unavailable != null) {
      System.out.println("SKIPPED: " + unavailable);
    }
    assumeTrue(unavailable == null, unavailable);
  }

  @Test
  void agreesWithScipOnRandomInstances() {
    Random random = new Random(7);
    int guardHits = 0;
    for (int instance = 0; instance < 50; instance++) {
      CoverageSolverTest.Instance p = CoverageSolverTest.Instance.random(random, 10 + random.nextInt(30),
          10 + random.nextInt(60), 20 + random.nextInt(60));
      // A small node limit, so that some instances end unproven and take the other branch.
      long nodeLimit = instance % 2 == 0 ? 20 : Long.MAX_VALUE;

      CoverageSolver.Solution ours =
          new CoverageSolver(p.concepts(), p.weights(), p.costs(), p.conflicts(), nodeLimit).solve(p.capacity());
      ScipCoverageSolver.Result scip = ScipCoverageSolver.solve(p.concepts(), p.weights(), p.costs(), p.conflicts(),
          p.capacity(), REFERENCE_LIMIT_MILLIS);

      assertAgrees("random instance " + instance, ours, scip, p.concepts(), p.weights(), p.costs(), p.conflicts(),
          p.capacity());
      guardHits += ours.optimal() ? 0 : 1;
    }
    assertThat(guardHits).as("instances left unproven by the node limit").isPositive();
  }

  @Test
  void agreesWithScipOnDuc2004Clusters() {
    List<ClusterRecord> records = ClusterJsonlReader.readAll(SharedData.require("data/duc2004.jsonl"));
    Newsum newsum = Newsum.standard();
    ConceptCoverageSummarizer ilp = new ConceptCoverageSummarizer();
    Budget budget = Budget.words(100);
    int[] checked = new int[2]; // by kind: 0 proven optimal by us, 1 left unproven by the node guard
    for (ClusterRecord record : records) {
      AnalyzedCluster cluster = newsum.analyze(record.cluster());
      CoverageSolver.Solution ours = ilp.solve(cluster, budget).solution();
      int kind = ours.optimal() ? 0 : 1;
      if (checked[kind] == DUC_CLUSTERS_PER_KIND) {
        continue;
      }
      ConceptCoverageSummarizer.Model model = ilp.model(cluster, budget);
      ScipCoverageSolver.Result scip = ScipCoverageSolver.solve(model, REFERENCE_LIMIT_MILLIS);

      assertAgrees(record.cluster().id(), ours, scip, model.items(), model.weights(), model.costs(),
          model.conflicts(), model.capacity());
      checked[kind]++;
      if (checked[0] + checked[1] == 2 * DUC_CLUSTERS_PER_KIND) {
        break;
      }
    }
    System.out.printf("checked %d DUC 2004 clusters our solver proved optimal and %d it left unproven%n",
        checked[0], checked[1]);
    assertThat(checked[0]).as("clusters proven optimal by us").isPositive();
  }

  private static void assertAgrees(String what, CoverageSolver.Solution ours, ScipCoverageSolver.Result scip,
      int[][] concepts, double[] weights, int[] costs, CoverageSolver.Conflicts conflicts, int capacity) {
    assertThat(scip.optimal()).as("%s: SCIP proves its optimum", what).isTrue();
    assertFeasible(what, ours.chosen(), costs, conflicts, capacity);
    assertFeasible(what + " (SCIP)", scip.chosen(), costs, conflicts, capacity);
    assertThat(CoverageSolverTest.covered(ours.chosen(), concepts, weights))
        .as("%s: our reported objective is what our choice covers", what)
        .isCloseTo(ours.value(), within(TOLERANCE * Math.max(1, ours.value())));
    double slack = TOLERANCE * Math.max(1, scip.value());
    assertThat(ours.value()).as("%s: never above the optimum", what).isLessThanOrEqualTo(scip.value() + slack);
    if (ours.optimal()) {
      assertThat(ours.value()).as("%s: proven optimal, so equal to the optimum", what)
          .isGreaterThanOrEqualTo(scip.value() - slack);
    }
  }

  private static void assertFeasible(String what, int[] chosen, int[] costs, CoverageSolver.Conflicts conflicts,
      int capacity) {
    long cost = 0;
    for (int i : chosen) {
      cost += costs[i];
      for (int j : chosen) {
        assertThat(i != j && conflicts.conflict(i, j)).as("%s: items %d and %d conflict", what, i, j).isFalse();
      }
    }
    assertThat(cost).as("%s: cost within capacity", what).isLessThanOrEqualTo(capacity);
  }
}
