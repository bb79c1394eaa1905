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

  @Test
  void anticipationToldAfterTheFactIsSpeculativeButNotAForecast() {
    assertThat(List.of("The Russians were cautious going into this meeting.", "The Kremlin set a fairly low bar on expectations.",
        "This long-awaited meeting drew crowds.", "Here is what is at stake.", "They probably discussed Syria.",
        "The talks, due to take place on Friday, may be short."))
        .allSatisfy(s -> assertThat(Speculation.isSpeculative(s)).as(s).isTrue())
        .allSatisfy(s -> assertThat(Speculation.isForecast(s)).as(s).isFalse());
  }

  @Test
  void outcomesAreStatedResultsNotExpectedOnes() {
    assertThat(Speculation.isOutcome("Both sides agreed to a ceasefire.")).isTrue();
    assertThat(Speculation.isOutcome("The talks lasted more than two hours.")).isTrue();
    assertThat(Speculation.isOutcome("Lavrov said after the talks that the sides differ.")).isTrue();
    assertThat(Speculation.isOutcome("Both sides are expected to sign a ceasefire.")).as("a forecast").isFalse();
    assertThat(Speculation.isOutcome("Both sides will probably have agreed by then.")).as("a guess").isFalse();
    assertThat(Speculation.isOutcome("The meeting took place in Hamburg.")).as("no result").isFalse();
    assertThat(Speculation.isSpeculative("Theresa May agreed in May.")).as("the name and the month").isFalse();
  }

  /**
   * Issue 14.3: previews of an invented council vote (dated before) and a report of it (dated
   * after) that itself recalls the expectations: the summary says what the vote produced, not the
   * report's look back at the expectations the previews share, unless reports are not preferred.
   */
  @Test
  void theReportsOutcomeWinsOverItsOwnLookBackAtThePreviews() {
    String framing = "Going into the Lakeford council vote on the river dam plan, the mayor set a low bar on expectations.";
    String outcome = "The Lakeford council approved the river dam plan on Tuesday after a debate that lasted three hours.";
    String preview = "The Lakeford council is expected to vote on the river dam plan on Tuesday; the mayor says little.";
    LocalDate before = LocalDate.of(2031, 3, 2);
    LocalDate after = LocalDate.of(2031, 3, 4);
    List<Document> docs = List.of(dated("p1", preview + " The mayor of Lakeford set a low bar on the plan.", before),
        dated("p2", preview + " Farmers near the river fear floods.", before),
        dated("r", framing + " " + outcome + " Farmers near the river cheered.", after));
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", docs));
    ConceptCoverageOptions off = (ConceptCoverageOptions) Summarizers.options("ilp", Map.of("preferReports", "0"));
    assertThat(text(cluster, ConceptCoverageOptions.defaults())).containsExactly(outcome);
    assertThat(text(cluster, off)).doesNotContain(outcome);
    Cluster read = Cluster.of("c", List.of(dated("p2", docs.get(1).text(), null), docs.get(2)))
        .withHistory(List.of(docs.get(0)));
    assertThat(text(ClusterAnalyzer.standard().analyze(read), ConceptCoverageOptions.defaults()))
        .as("a preview the reader has read, dated before, dates the cluster apart").containsExactly(outcome);
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
