package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

class GreedySelectorTest {
  private final AnalyzedCluster cluster = TestClusters.analyze(
      "The hurricane killed twelve people on the coast today. "
          + "The hurricane killed twelve people on the coast, officials said. "
          + "Flooded roads cut off villages for two days.");

  @Test
  void rejectsNearDuplicatesOfWhatWasAddedAndWhatNoLongerFits() {
    GreedySelector selector = new GreedySelector(cluster, Budget.words(16));
    assertThat(selector.accepts(0)).isTrue();
    selector.add(0);
    assertThat(selector.accepts(0)).isFalse();
    assertThat(selector.accepts(1)).isFalse(); // near-duplicate of 0
    assertThat(selector.accepts(2)).isFalse(); // 9 + 8 words exceed 16
    assertThat(new GreedySelector(cluster, Budget.words(17)).accepts(2)).isTrue();
  }

  @Test
  void takeBestFitKeepsTheCombinationThatFillsTheBudgetLeftAndSkipsRepeats() {
    AnalyzedCluster tier = TestClusters.analyze(
        "Floods closed every school and hospital along the river valley on Monday. " // 12 words
            + "Floods closed every school and hospital in the river valley. " // 10 words, repeats the first
            + "Farmers lost their entire wheat harvest to the rising water. " // 10 words
            + "Engineers warned that the old dam might fail soon."); // 9 words
    GreedySelector selector = new GreedySelector(tier, Budget.words(22));
    assertThat(selector.takeBestFit(List.of(0, 1, 2, 3))).containsExactly(0, 2);
    assertThat(new GreedySelector(tier, Budget.words(20)).takeBestFit(List.of(0, 1, 2, 3))).containsExactly(2, 3);
  }

  @Test
  void takeBestFitFindsTheBestFillReachingLeastFarDownOnRandomTiers() {
    // Stopping at the first exact fill must not change the answer: compare with every subset.
    SplittableRandom random = new SplittableRandom(17);
    for (int round = 0; round < 150; round++) {
      int m = random.nextInt(2, 11);
      StringBuilder text = new StringBuilder();
      int[] words = new int[m];
      for (int s = 0; s < m; s++) {
        words[s] = random.nextInt(5, 15);
        for (int w = 0; w < words[s]; w++) {
          String word = pseudoWord(1000 + 20 * s + w);
          text.append(w == 0 ? "K" + word.substring(1) : " " + word);
        }
        text.append(". ");
      }
      AnalyzedCluster tier = TestClusters.analyze(text.toString());
      int limit = random.nextInt(5, 70);
      int bestCost = 0;
      int leastReach = -1;
      for (int subset = 1; subset < 1 << m; subset++) {
        int cost = 0;
        for (int s = 0; s < m; s++) {
          cost += (subset >> s & 1) * words[s];
        }
        int reach = 31 - Integer.numberOfLeadingZeros(subset);
        if (cost <= limit && (cost > bestCost || cost == bestCost && reach < leastReach)) {
          bestCost = cost;
          leastReach = reach;
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        all.add(s);
      }
      List<Integer> kept = new GreedySelector(tier, Budget.words(limit)).takeBestFit(all);
      assertThat(kept.stream().mapToInt(s -> words[s]).sum()).as("round %d", round).isEqualTo(bestCost);
      assertThat(kept.stream().mapToInt(s -> s).max().orElse(-1)).as("round %d", round).isEqualTo(leastReach);
    }
  }

  /** A distinct made-up word per {@code n}, so that no two generated sentences share a term. */
  private static String pseudoWord(int n) {
    StringBuilder word = new StringBuilder("k");
    for (int rest = n; rest > 0; rest /= 50) {
      word.append("aeiou".charAt(rest % 5)).append("bdgklmnprt".charAt(rest / 5 % 10));
    }
    return word.toString();
  }

  @Test
  void takeBestFitTakesTiersTooLargeToSolveExactlyInOrder() {
    StringBuilder text = new StringBuilder();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 1200; i++) { // 1200 unrelated sentences of about 64 bytes
      text.append("Alpha").append(i);
      for (String word : List.of(" bravo", " charlie", " delta", " echo", " foxtrot", " golf")) {
        text.append(word).append(i);
      }
      text.append(". ");
      all.add(i);
    }
    AnalyzedCluster many = TestClusters.analyze(text.toString());
    Budget budget = Budget.bytes(60_000); // 1200 candidates x 60000 bytes left is beyond the exact solver
    List<Integer> kept = new GreedySelector(many, budget).takeBestFit(all);
    List<Integer> inOrder = new GreedySelector(many, budget).takeInOrder(all);
    assertThat(kept).isEqualTo(inOrder).isNotEmpty();
    assertThat(kept.stream().mapToInt(i -> budget.cost(many.sentence(i).text())).sum()).isLessThanOrEqualTo(60_000);
  }

  @Test
  void takeBestFollowsTheScores() {
    AnalyzedCluster three = TestClusters.analyze("The hurricane killed twelve people on the coast today.",
        "Flooded roads cut off villages for two days.", "Power returned to most homes by Friday evening.");
    assertThat(new GreedySelector(three, Budget.sentences(2)).takeBest(new double[] {0.1, 0.2, 0.3})).containsExactly(2, 1);
  }

  private final AnalyzedCluster twoStories = TestClusters.analyze(
      "Heavy snow closed the mountain pass on Sunday morning. "
          + "It also stranded forty trucks near the border post overnight.",
      "Rescue teams reached the stranded drivers by Monday evening. "
          + "They brought food, blankets and fuel for the engines.");

  @Test
  void aDanglingSentenceIsAcceptedOnlyAfterTheSentenceItLeansOn() {
    GreedySelector selector = new GreedySelector(twoStories, Budget.words(100));
    assertThat(selector.accepts(1)).isFalse();
    selector.add(2);
    assertThat(selector.accepts(1)).isFalse();
    selector.add(0);
    assertThat(selector.accepts(1)).isTrue();
  }

  @Test
  void takeInOrderTakesADanglingSentenceWithItsPredecessorWhenBothFit() {
    assertThat(new GreedySelector(twoStories, Budget.words(100)).takeInOrder(List.of(3, 1)))
        .containsExactly(2, 3, 0, 1);
    // 10 + 9 words do not fit in 15: the pair is skipped and the next candidate taken
    assertThat(new GreedySelector(twoStories, Budget.words(15)).takeInOrder(List.of(3, 0))).containsExactly(0);
  }

  @Test
  void takeGreedilyWaitsForThePredecessorOfADanglingSentence() {
    double[] gains = {1, 9, 2, 8};
    List<Integer> kept = new GreedySelector(twoStories, Budget.words(100)).takeGreedily(i -> gains[i], i -> { });
    assertThat(kept).containsExactly(2, 3, 0, 1);
  }

  @Test
  void aSingleDocumentSummaryStartsFromItsLead() {
    AnalyzedCluster one = TestClusters.analyze("The city council approved the new budget on Tuesday night. "
        + "That is why the libraries will open on Sundays again next year. "
        + "Parks and pools get more money for repairs in the summer.");
    double[] scores = {0, 9, 5};
    assertThat(new GreedySelector(one, Budget.words(12)).takeBest(scores)).containsExactly(0);
    assertThat(new GreedySelector(twoStories, Budget.words(10)).takeBest(new double[] {0, 0, 9, 0}))
        .containsExactly(2);
  }

  @Test
  void iterativeSelectionScansABoundedPoolOnLongInputs() {
    // 12,000 copies of one sentence: every step after the first rejects a repeat, and each step
    // used to ask the gain of every sentence (1.4e8 calls); the pool bounds it.
    AnalyzedCluster copies = TestClusters.analyze("The river flooded the old town after three days of rain. ".repeat(12_000));
    long[] calls = new long[1];
    List<Integer> kept = new GreedySelector(copies, Budget.words(250)).takeGreedily(i -> {
      calls[0]++;
      return 1.0 / (1 + i);
    }, i -> { });
    assertThat(kept).containsExactly(0);
    assertThat(calls[0]).isLessThanOrEqualTo(2L * TopScores.MAX_CANDIDATES * TopScores.MAX_CANDIDATES);
  }
}
