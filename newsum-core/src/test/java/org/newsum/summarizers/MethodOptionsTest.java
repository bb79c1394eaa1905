package org.newsum.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsum.NewsumException;
import org.newsum.internal.summarizers.TestClusters;
import org.newsum.model.Budget;
import org.newsum.text.AnalyzedCluster;

class MethodOptionsTest {
  @Test
  void everyMethodIsListedWithItsOptionsAndTheDefaultsItRunsWith() {
    assertThat(Summarizers.describe()).extracting(MethodDescription::name).isEqualTo(Summarizers.names());
    for (MethodDescription method : Summarizers.describe()) {
      MethodOptions defaults = Summarizers.options(method.name());
      assertThat(defaults.method()).isEqualTo(method.name());
      assertThat(method.options()).extracting(MethodOption::name).contains("minWords")
          .doesNotHaveDuplicates().containsExactlyElementsOf(defaults.values().keySet());
      for (MethodOption option : method.options()) {
        assertThat(defaults.values().get(option.name()).doubleValue()).as(method.name() + " " + option.name())
            .isEqualTo(option.defaultValue());
        assertThat(option.range().contains(option.defaultValue())).isTrue();
        assertThat(option.description()).isNotBlank();
        // setting an option to its default, by name and as text, gives the defaults back
        assertThat(defaults.with(option.name(), option.defaultText())).isEqualTo(defaults);
      }
    }
  }

  @Test
  void theDefaultsAreTheValuesTheMethodsWereTunedWith() {
    assertThat(MmrOptions.defaults().lambda()).isEqualTo(0.85);
    assertThat(LexRankOptions.thresholded().threshold()).isEqualTo(0.05);
    assertThat(ConceptCoverageOptions.defaults()).isEqualTo(new ConceptCoverageOptions(
        new ConceptWeights(2.0, 3.0, 4, 1.0, 3.0, 0.5, 0.8, 0.03, 0.6), 10, 2, 0.7, 0.8, 300, 5, true, ConceptCoverageOptions.DEFAULT_COMPRESSION, true, true,
        true));
    assertThat(DefaultOptions.defaults().fewDocuments()).isEqualTo(3);
    assertThat(Summarizers.options("lexrank-threshold")).isEqualTo(LexRankOptions.thresholded());
    assertThat(ConceptCoverageOptions.gillickFavre2009().weights().unigramWeight()).isZero();
    assertThat(Summarizers.options("default").with("fewDocuments", "0")).isEqualTo(DefaultOptions.alwaysCoverage());
  }

  @Test
  void optionsAreSetByNameFromText() {
    assertThat(Summarizers.options("mmr").with("lambda", " 0.7 ")).isEqualTo(new MmrOptions(0.7, 5, 0.5));
    DefaultOptions adaptive = (DefaultOptions) Summarizers.options("default")
        .with("queryWeight", "4").with("minWords", "7").with("centralityThreshold", "0.1");
    assertThat(adaptive.coverage().weights().queryWeight()).isEqualTo(4.0);
    assertThat(adaptive.coverage().minWords()).isEqualTo(7);
    assertThat(adaptive.centrality().minWords()).isEqualTo(7);
    assertThat(adaptive.centrality().threshold()).isEqualTo(0.1);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("maxDimensions", "3");
    settings.put("maxSimilarity", "0.6");
    assertThat(Summarizers.options("lsa", settings)).isEqualTo(new LsaOptions(3, 5, 0.6));
  }

  @Test
  void unknownOptionsAndInvalidValuesNameTheOptionTheMethodAndTheRange() {
    assertThatThrownBy(() -> Summarizers.options("mmr").with("lamda", "0.5")).isInstanceOf(NewsumException.class)
        .hasMessage("method 'mmr' has no option 'lamda'; its options are lambda, minWords, maxSimilarity");
    assertThatThrownBy(() -> Summarizers.options("mmr").with("lambda", "1.5"))
        .hasMessage("option 'lambda' of method 'mmr' must be a number in [0, 1], got '1.5'");
    assertThatThrownBy(() -> Summarizers.options("kl").with("smoothing", "0"))
        .hasMessage("option 'smoothing' of method 'kl' must be a number greater than 0, got '0'");
    assertThatThrownBy(() -> Summarizers.options("lsa").with("maxDimensions", "2.5"))
        .hasMessage("option 'maxDimensions' of method 'lsa' must be a whole number in [1, 100], got '2.5'");
    assertThatThrownBy(() -> Summarizers.options("ilp").with("queryWeight", "lots"))
        .hasMessage("option 'queryWeight' of method 'ilp' must be a number at least 0, got 'lots'");
    assertThatThrownBy(() -> Summarizers.options("lexrank").with("threshold", "0.1"))
        .hasMessageStartingWith("method 'lexrank' has no option 'threshold'");
    assertThatThrownBy(() -> new MmrOptions(-1, 5, 0.5))
        .hasMessage("option 'lambda' of method 'mmr' must be a number in [0, 1], got -1");
    assertThat(Summarizers.hasOption("default", "queryWeight")).isTrue();
    assertThat(Summarizers.hasOption("lead", "queryWeight")).isFalse();
  }

  @Test
  void optionsChangeWhatIsSelected() {
    AnalyzedCluster storm = TestClusters.storm();
    Budget budget = Budget.words(60);
    MethodOptions strict = Summarizers.options("textrank").with("maxSimilarity", "0.01");
    assertThat(strict.summarizer().select(storm, budget)).hasSizeLessThan(
        Summarizers.byName("textrank").select(storm, budget).size());
    MethodOptions fussy = Summarizers.options("lead").with("minWords", "1000");
    assertThat(fussy.summarizer().select(storm, budget)).isEmpty();
  }

  @Test
  void theDefaultMethodSaysWhichMethodSelectsAndWhy() {
    DefaultOptions options = DefaultOptions.defaults();
    MethodOptions.Choice few = options.choose(TestClusters.analyze("One storm hit the town on Monday night.",
        "The storm flooded the town on Monday."));
    assertThat(few.options()).isEqualTo(options.centrality());
    assertThat(few.reason()).isEqualTo("generic cluster of 2 documents (at most 3)");
    MethodOptions.Choice query = options.choose(TestClusters.analyzeWithQuery("What did the storm do?",
        "One storm hit the town on Monday night."));
    assertThat(query.options()).isEqualTo(options.coverage());
    assertThat(query.reason()).isEqualTo("query-focused cluster");
    assertThat(Summarizers.options("mmr").choose(few.options() == null ? null : TestClusters.storm()).reason()).isEmpty();
  }
}
