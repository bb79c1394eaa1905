package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.ConceptCoverageOptions;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class SpeculationTest {
  @Test
  void forecastsAndPreviewFramingAreSpeculative() {
    assertThat(List.of("The meeting is likely to be short.", "Syria will no doubt come up.",
        "\u201cLet\u2019s wait for the results,\u201d he said.", "Talks are expected to last an hour.",
        "Ahead of the summit, aides met.")).allSatisfy(s -> assertThat(Speculation.isSpeculative(s)).as(s).isTrue());
  }

  @Test
  void reportsOfWhatHappenedAreNot() {
    assertThat(List.of("The meeting lasted more than two hours.", "Both sides agreed to a ceasefire.",
        "Willard Smith signed the deal.")).allSatisfy(s -> assertThat(Speculation.isSpeculative(s)).as(s).isFalse());
  }

  /** Issue 14.3: of a preview and a report of one meeting, the summary tells what happened unless told not to prefer. */
  @Test
  void coveragePrefersTheReportUnlessTurnedOff() {
    String preview = "The meeting of the two presidents in Hamburg on Friday is expected to last only half an hour.";
    String report = "The meeting of the two presidents in Hamburg on Friday lasted more than two hours, aides said.";
    List<Document> docs = List.of(Document.of("a", preview), Document.of("b", preview + " " + report),
        Document.of("c", preview), Document.of("d", report));
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", docs));
    ConceptCoverageOptions on = ConceptCoverageOptions.defaults();
    ConceptCoverageOptions off = (ConceptCoverageOptions) Summarizers.options("ilp", Map.of("preferReports", "0"));
    assertThat(text(cluster, on)).containsExactly(report);
    assertThat(text(cluster, off)).containsExactly(preview);
  }

  private static List<String> text(AnalyzedCluster cluster, ConceptCoverageOptions options) {
    return new ConceptCoverageSummarizer(options).select(cluster, Budget.words(20)).stream()
        .map(i -> cluster.sentence(i).text()).toList();
  }
}
