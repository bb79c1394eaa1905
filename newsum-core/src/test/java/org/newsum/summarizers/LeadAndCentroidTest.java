package org.newsum.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class LeadAndCentroidTest {
  private static final Cluster SUMMIT = Cluster.of("summit", List.of(
      Document.of("a", "Putin and Trump met in Hamburg on Friday for their first talks. "
          + "The weather in the port city was mild and sunny all day. "
          + "The leaders discussed Syria and a ceasefire in the south of the country."),
      Document.of("b", "Putin and Trump met in Hamburg on Friday for their first talks. "
          + "Both presidents agreed on a ceasefire in southwestern Syria. "
          + "A local bakery sold record numbers of pretzels to visiting journalists."),
      Document.of("c", "The first talks between Trump and Putin took place in Hamburg on Friday. "
          + "The ceasefire in Syria was the main result of the talks, officials said.")));

  private final AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(SUMMIT);

  private List<String> texts(List<Integer> selected) {
    return selected.stream().map(i -> analyzed.sentence(i).text()).toList();
  }

  @Test
  void leadTakesFirstSentencesInTurnAndDropsTheDuplicateLead() {
    List<String> summary = texts(new LeadSummarizer().select(analyzed, Budget.sentences(3)));
    assertThat(summary).containsExactly(
        "Putin and Trump met in Hamburg on Friday for their first talks.",
        "The weather in the port city was mild and sunny all day.",
        "Both presidents agreed on a ceasefire in southwestern Syria.");
  }

  @Test
  void whenTheNextFirstSentenceDoesNotFitTheOtherFirstSentencesFillTheBudgetBeforeAnySecondOne() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Floods closed every school and hospital along the river valley on Monday. " // 12 words
            + "Residents waited on rooftops for rescue.", // 6 words: would fit after the 12
        "Farmers lost their entire wheat harvest to the rising water. " // 10 words
            + "Prices of bread rose sharply across the country.",
        "Engineers warned that the old dam might fail soon. " // 9 words
            + "Repairs began overnight.");
    List<Integer> summary = new LeadSummarizer().select(cluster, Budget.words(19));
    assertThat(summary).containsExactly(
        TestClusters.indexOf(cluster, "Farmers lost"), TestClusters.indexOf(cluster, "Engineers warned"));
  }

  @Test
  void fillsWhatTheFirstSentencesLeaveWithTheSecondSentencesThatFitBest() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Floods closed every school and hospital along the river valley on Monday. " // 12 words
            + "Residents waited on rooftops for rescue boats.", // 7 words: too long
        "Farmers lost their entire wheat harvest to the rising water. " // 10 words
            + "Bread prices rose sharply nationwide.", // 5 words: fits, leaves one word unused
        "Engineers warned that the old dam might fail soon. " // 9 words
            + "Repairs began overnight on the spillway."); // 6 words: fills the budget exactly
    List<Integer> summary = new LeadSummarizer().select(cluster, Budget.words(18));
    assertThat(summary).containsExactly(
        TestClusters.indexOf(cluster, "Floods closed"), TestClusters.indexOf(cluster, "Repairs began"));
  }

  @Test
  void amongFirstSentencesThatFillTheBudgetEquallyPrefersTheEarlierDocuments() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Floods closed schools along the northern river valley on Monday.",
        "Farmers lost their entire wheat harvest to the rising water.",
        "Engineers warned that the old dam might fail very soon.");
    List<Integer> summary = new LeadSummarizer().select(cluster, Budget.words(25));
    assertThat(summary).containsExactly(
        TestClusters.indexOf(cluster, "Floods closed"), TestClusters.indexOf(cluster, "Farmers lost"));
  }

  @Test
  void aFirstSentenceRepeatingAnEarlierDocumentsIsNotCombinedWithIt() {
    AnalyzedCluster cluster = TestClusters.analyze(
        "Floods closed schools in the northern river valley on Monday.", // 10 words
        "Floods closed the schools in the northern river valley Monday.", // 10 words, a wire copy
        "Engineers warned on Monday that the old dam upstream might fail.");
    List<Integer> summary = new LeadSummarizer().select(cluster, Budget.words(20));
    assertThat(summary).containsExactly(TestClusters.indexOf(cluster, "Engineers warned"));
  }

  @Test
  void centroidPrefersCentralSentencesOverOffTopicOnes() {
    List<String> summary = texts(new CentroidSummarizer().select(analyzed, Budget.sentences(3)));
    assertThat(summary).hasSize(3)
        .noneMatch(s -> s.contains("pretzels"))
        .noneMatch(s -> s.contains("weather"));
  }

  @Test
  void budgetsAreNeverExceeded() {
    for (Summarizer method : List.of(new LeadSummarizer(), new CentroidSummarizer())) {
      for (Budget budget : List.of(Budget.words(25), Budget.bytes(150), Budget.sentences(1))) {
        List<Integer> selected = method.select(analyzed, budget);
        int used = selected.stream().mapToInt(i -> budget.cost(analyzed.sentence(i).text())).sum();
        assertThat(used).as(method.name() + " " + budget).isLessThanOrEqualTo(budget.limit());
        assertThat(selected).as(method.name() + " " + budget).isNotEmpty().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void registryKnowsBothMethodsAndRejectsUnknownNames() {
    assertThat(Summarizers.byName("LEAD").name()).isEqualTo("lead");
    assertThat(Summarizers.names()).contains("default", "lead", "centroid");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Summarizers.byName("nope"))
        .isInstanceOf(org.newsum.NewsumException.class).hasMessageContaining("unknown method 'nope'");
  }
}
