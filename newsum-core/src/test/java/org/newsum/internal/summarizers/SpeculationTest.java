package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

  /**
   * Issue 14.3: of a preview (dated before) and a report (dated after) of one meeting, the summary
   * tells what happened, unless told not to prefer reports.
   */
  @Test
  void coveragePrefersTheReportUnlessTurnedOff() {
    String preview = "The meeting of the two presidents in Hamburg on Friday is expected to last only half an hour.";
    String report = "The meeting of the two presidents in Hamburg on Friday lasted more than two hours, aides said.";
    LocalDate before = LocalDate.of(2017, 7, 5);
    LocalDate after = LocalDate.of(2017, 7, 7);
    String more = "The presidents agreed on a ceasefire in southwestern Syria during the talks.";
    List<Document> docs = List.of(dated("a", preview, before), dated("b", preview, before),
        dated("c", preview, before), dated("d", report + " " + more, after));
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", docs));
    ConceptCoverageOptions on = ConceptCoverageOptions.defaults();
    ConceptCoverageOptions off = (ConceptCoverageOptions) Summarizers.options("ilp", Map.of("preferReports", "0"));
    assertThat(text(cluster, on)).containsExactly(report);
    assertThat(text(cluster, off)).containsExactly(preview);
    List<Document> undated = docs.stream().map(d -> dated(d.id(), d.text(), null)).toList();
    assertThat(text(ClusterAnalyzer.standard().analyze(Cluster.of("c", undated)), on))
        .as("without dates no document shows itself a preview").containsExactly(preview);
  }

  private static Document dated(String id, String text, LocalDate date) {
    return new Document(id, "", text, date, null);
  }

  private static List<String> text(AnalyzedCluster cluster, ConceptCoverageOptions options) {
    return new ConceptCoverageSummarizer(options).select(cluster, Budget.words(20)).stream()
        .map(i -> cluster.sentence(i).text()).toList();
  }
}
