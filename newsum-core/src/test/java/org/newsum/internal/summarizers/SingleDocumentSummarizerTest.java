package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.MethodOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class SingleDocumentSummarizerTest {
  private static final SingleDocumentSummarizer SUMMARIZER =
      new SingleDocumentSummarizer(1.5, MethodOptions.DEFAULT_MIN_WORDS, MethodOptions.DEFAULT_MAX_SIMILARITY);

  private static AnalyzedCluster article(String... sentences) {
    return ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(Document.of("a", String.join(" ", sentences)))));
  }

  @Test
  void startsFromTheLeadWhenItFits() {
    AnalyzedCluster one = article(
        "The river flooded the town of Marlow on Monday after three days of rain.",
        "Schools stayed closed and the mayor asked residents to stay at home.",
        "Rescue teams from the county moved families from the flooded river banks of Marlow.",
        "The rain is expected to stop on Wednesday.");
    assertThat(SUMMARIZER.select(one, Budget.words(40))).startsWith(0);
  }

  /**
   * A lead too long for the budget gives way to the sentence that best combines content and an
   * early position, not to the next sentence in line (a scene-setting quotation here), which is
   * what a lead-first selection takes.
   */
  @Test
  void aLeadThatDoesNotFitGivesWayToTheMostCentralEarlySentence() {
    AnalyzedCluster one = article(
        "The river flooded the town of Marlow on Monday after three days of heavy rain, forcing hundreds "
            + "of families from their homes along the river banks and closing every school of the county.",
        "\"We were all so very surprised,\" a woman said.",
        "The flood in Marlow forced hundreds of families from their homes.",
        "The rain is expected to stop on Wednesday, and the flood with it.");
    Budget budget = Budget.words(12);
    assertThat(SUMMARIZER.select(one, budget)).containsExactly(2);
    GreedySelector leadFirst = new GreedySelector(one, budget);
    leadFirst.startFromLead(i -> { });
    assertThat(leadFirst.selected()).containsExactly(1);
  }

  @Test
  void selectsNothingFromAnEmptyCluster() {
    AnalyzedCluster none = article("Too short.");
    assertThat(SUMMARIZER.select(none, Budget.words(40))).isEmpty();
  }
}
