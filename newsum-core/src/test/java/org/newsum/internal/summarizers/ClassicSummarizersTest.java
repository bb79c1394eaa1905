package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

/** The contract every classic method must keep: budget, no duplicates, only eligible sentences. */
class ClassicSummarizersTest {
  @ParameterizedTest
  @ValueSource(strings = {"lexrank", "lexrank-threshold", "textrank", "lsa", "sumbasic", "kl", "luhn", "mmr"})
  void respectsTheBudgetWithoutDuplicatesOrFragments(String method) {
    Summarizer summarizer = Summarizers.byName(method);
    assertThat(summarizer.name()).isEqualTo(method);
    AnalyzedCluster cluster = TestClusters.storm();
    for (int words : new int[] {12, 25, 40, 1000}) {
      List<Integer> chosen = summarizer.select(cluster, Budget.words(words));
      assertThat(chosen).isNotEmpty();
      assertThat(new HashSet<>(chosen)).hasSameSizeAs(chosen);
      assertThat(chosen.stream().mapToInt(cluster::wordCount).sum()).isLessThanOrEqualTo(words);
      assertThat(chosen).allMatch(i -> Eligibility.isEligible(cluster, i, MethodOptions.DEFAULT_MIN_WORDS));
    }
    assertThat(summarizer.select(cluster, Budget.sentences(2))).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lexrank", "lexrank-threshold", "textrank", "lsa", "sumbasic", "kl", "luhn", "mmr"})
  void picksAStormSentenceFirst(String method) {
    AnalyzedCluster cluster = TestClusters.storm();
    List<Integer> chosen = Summarizers.byName(method).select(cluster, Budget.sentences(1));
    assertThat(cluster.sentence(chosen.get(0)).text()).containsAnyOf("hurricane", "storm", "flood");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lexrank", "textrank", "lsa", "sumbasic", "kl", "luhn", "mmr"})
  void returnsNothingWhenNoSentenceFits(String method) {
    assertThat(Summarizers.byName(method).select(TestClusters.storm(), Budget.words(3))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lexrank", "lexrank-threshold", "textrank", "lsa", "sumbasic", "kl", "luhn", "mmr"})
  void handlesTinyAndContentFreeClusters(String method) {
    Summarizer summarizer = Summarizers.byName(method);
    AnalyzedCluster single = TestClusters.analyze("The hurricane flooded the coastal towns on Monday.");
    assertThat(summarizer.select(single, Budget.words(100))).containsExactly(0);
    AnalyzedCluster stopWordsOnly = TestClusters.analyze("It was what it was and is. They are as they were then.");
    assertThat(summarizer.select(stopWordsOnly, Budget.words(100))).allMatch(i -> i >= 0 && i < stopWordsOnly.size());
  }
}
