package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.DefaultOptions;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class AdaptiveSummarizerTest {
  private final AdaptiveSummarizer summarizer = new AdaptiveSummarizer();

  private static AnalyzedCluster cluster(int documents, String query) {
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      docs.add(Document.of("d" + d, "The storm flooded the coastal town of Marlow on Monday night. "
          + "Rescue teams from " + d + " nearby cities helped residents leave their damaged homes."));
    }
    return ClusterAnalyzer.standard().analyze(new Cluster("c", docs, query));
  }

  @Test
  void isWhatTheDefaultNameGives() {
    assertThat(Summarizers.byName("default")).isInstanceOf(AdaptiveSummarizer.class);
    assertThat(Summarizers.byName(null).name()).isEqualTo(Summarizers.DEFAULT);
  }

  @Test
  void usesCentralityOnGenericClustersOfFewDocuments() {
    assertThat(summarizer.chooseFor(cluster(DefaultOptions.defaults().fewDocuments(), null))).isInstanceOf(LexRankSummarizer.class);
    assertThat(summarizer.chooseFor(cluster(2, null))).isInstanceOf(LexRankSummarizer.class);
  }

  @Test
  void usesThePositionWeightedCentroidOnASingleArticle() {
    assertThat(summarizer.chooseFor(cluster(1, null))).isInstanceOf(SingleDocumentSummarizer.class);
    assertThat(DefaultOptions.defaults().choose(cluster(1, null)).reason()).contains("position-weighted centroid");
    assertThat(new AdaptiveSummarizer(DefaultOptions.alwaysCoverage()).chooseFor(cluster(1, null)))
        .isInstanceOf(ConceptCoverageSummarizer.class);
    assertThat(summarizer.chooseFor(cluster(1, "What damage did the storm in Marlow do?")))
        .isInstanceOf(ConceptCoverageSummarizer.class);
  }

  @Test
  void usesConceptCoverageWithMoreDocumentsOrAQuery() {
    assertThat(summarizer.chooseFor(cluster(DefaultOptions.defaults().fewDocuments() + 1, null)))
        .isInstanceOf(ConceptCoverageSummarizer.class);
    assertThat(summarizer.chooseFor(cluster(2, "What damage did the storm in Marlow do?")))
        .isInstanceOf(ConceptCoverageSummarizer.class);
  }

  @Test
  void selectsWhatTheChosenMethodSelects() {
    AnalyzedCluster few = cluster(2, null);
    Budget budget = Budget.words(30);
    assertThat(summarizer.select(few, budget)).isEqualTo(LexRankSummarizer.thresholded().select(few, budget));
  }

  /** Issue 14.1: one seed article alone used to be summarized from "That is why ...", mid-story. */
  @Test
  void aSingleArticleIsSummarizedFromItsLeadWithoutDanglingOpenings() throws IOException {
    String article = Files.readString(SharedData.require("seeds/000_8cfabc3a0ae70a5b.txt"));
    AnalyzedCluster one = Newsum.standard().analyze(Cluster.of("one", List.of(Document.of("a", article))));
    List<Integer> chosen = summarizer.select(one, Budget.words(100));
    int lead = 0;
    while (!Eligibility.isEligible(one, lead, DefaultOptions.defaults().minWords())) {
      lead++;
    }
    assertThat(chosen).contains(lead);
    assertThat(chosen).allSatisfy(i -> assertThat(!DanglingOpening.isDangling(one.sentence(i).text())
        || chosen.contains(i - 1)).as("sentence %d leans on one kept before it", i).isTrue());
  }
}
