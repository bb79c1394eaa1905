package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
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
        // not b's "Both presidents agreed ...": it leans on b's lead, dropped as a repeat of a's
        "The ceasefire in Syria was the main result of the talks, officials said.");
  }

  /** The lead summary of the given documents, as texts. */
  private static List<String> lead(Budget budget, String... documents) {
    AnalyzedCluster cluster = TestClusters.analyze(documents);
    return new LeadSummarizer().select(cluster, budget).stream().map(i -> cluster.sentence(i).text()).toList();
  }

  @Test
  void whenTheNextFirstSentenceDoesNotFitTheOtherFirstSentencesFillTheBudgetBeforeAnySecondOne() {
    assertThat(lead(Budget.words(19),
        "Floods closed every school and hospital along the river valley on Monday. " // 12 words
            + "Residents waited on rooftops for rescue.", // 6 words: would fit after the 12
        "Farmers lost their entire wheat harvest to the rising water. " // 10 words
            + "Prices of bread rose sharply across the country.",
        "Engineers warned that the old dam might fail soon. " // 9 words
            + "Repairs began overnight."))
        .containsExactly("Farmers lost their entire wheat harvest to the rising water.",
            "Engineers warned that the old dam might fail soon.");
  }

  @Test
  void fillsWhatTheFirstSentencesLeaveWithTheSecondSentencesThatFitBest() {
    assertThat(lead(Budget.words(18),
        "Floods closed every school and hospital along the river valley on Monday. " // 12 words
            + "Residents waited on rooftops for rescue boats.", // 7 words: too long
        "Farmers lost their entire wheat harvest to the rising water. " // 10 words
            + "Bread prices rose sharply nationwide.", // 5 words: fits, leaves one word unused
        "Engineers warned that the old dam might fail soon. " // 9 words
            + "Repairs began overnight on the spillway.")) // 6 words: fills the budget exactly
        .containsExactly("Floods closed every school and hospital along the river valley on Monday.",
            "Repairs began overnight on the spillway.");
  }

  @Test
  void amongFirstSentencesThatFillTheBudgetEquallyPrefersTheEarlierDocuments() {
    assertThat(lead(Budget.words(25), // any two of these 10-word sentences fill 20 words
        "Floods closed schools along the northern river valley on Monday.",
        "Farmers lost their entire wheat harvest to the rising water.",
        "Engineers warned that the old dam might fail very soon."))
        .containsExactly("Floods closed schools along the northern river valley on Monday.",
            "Farmers lost their entire wheat harvest to the rising water.");
  }

  @Test
  void aFirstSentenceRepeatingAnEarlierDocumentsIsNotCombinedWithIt() {
    assertThat(lead(Budget.words(20),
        "Floods closed schools in the northern river valley on Monday.", // 10 words
        "Floods closed the schools in the northern river valley Monday.", // 10 words, a wire copy
        "Engineers warned on Monday that the old dam upstream might fail.")) // 11 words
        .containsExactly("Engineers warned on Monday that the old dam upstream might fail.");
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
