package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;

/** The request value, the provenance of summaries and the version. */
class NewsumRequestTest {
  private static final Newsum NEWSUM = Newsum.standard();
  private static final Cluster STORM = Cluster.of("storm", List.of(
      Document.of("a", "The storm hit the coast on Monday and flooded the harbour town. "
          + "Thousands of homes lost power in the city overnight."),
      Document.of("b", "Officials said that repairs to the power lines would take a week. "
          + "The storm also closed schools across the region on Tuesday.")));

  @Test
  void theProvenanceNamesTheVersionTheSelectingMethodItsOptionsAndCleaning() {
    Summary summary = NEWSUM.summarize(STORM, SummaryRequest.of("mmr", Budget.words(30)).withOption("lambda", "0.4")
        .withClean(false));
    assertThat(summary.method()).isEqualTo("mmr");
    assertThat(summary.provenance().version()).isEqualTo(Newsum.version());
    assertThat(summary.provenance().method()).isEqualTo("mmr");
    assertThat(summary.provenance().reason()).isEmpty();
    assertThat(summary.provenance().options()).containsEntry("lambda", 0.4).containsEntry("minWords", 5);
    assertThat(summary.provenance().cleaned()).isFalse();

    Summary adaptive = NEWSUM.summarize(STORM, "default", Budget.words(30));
    assertThat(adaptive.method()).isEqualTo("default");
    assertThat(adaptive.provenance().method()).isEqualTo("lexrank-threshold");
    assertThat(adaptive.provenance().reason()).isEqualTo("generic cluster of 2 documents (at most 3)");
    assertThat(adaptive.provenance().cleaned()).isTrue();
    Summary asked = NEWSUM.summarize(STORM, SummaryRequest.of("default", Budget.words(30)).withQuery("What did the storm do?"));
    assertThat(asked.provenance().method()).isEqualTo("ilp");
    assertThat(asked.provenance().reason()).isEqualTo("query-focused cluster");
  }

  @Test
  void theDefaultsOfARequestGiveWhatTheMethodNameGives() {
    assertThat(NEWSUM.summarize(STORM, SummaryRequest.of("textrank", Budget.words(25))).texts())
        .isEqualTo(NEWSUM.summarize(STORM, "textrank", Budget.words(25)).texts());
    assertThat(SummaryRequest.defaults().method()).isEqualTo("default");
    assertThat(SummaryRequest.defaults().budget()).isEqualTo(Budget.words(100));
  }

  @Test
  void theEligibilityThresholdComesFromTheOptions() {
    assertThatThrownBy(() -> NEWSUM.summarize(STORM, SummaryRequest.of("lead", Budget.words(30))
        .withOption("minWords", "50"))).isInstanceOf(NewsumException.class)
        .hasMessage("cluster 'storm' has no article text: no sentence of at least 50 words, only headlines, menus or fragments");
  }

  @Test
  void theVersionIsTheMavenProjectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertThat(m.find()).isTrue();
    assertThat(Newsum.version()).isEqualTo(m.group(1));
  }
}
