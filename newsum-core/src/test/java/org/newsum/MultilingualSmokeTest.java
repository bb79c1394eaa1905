package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsum.documents.ClusterJson;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Summary;
import org.newsum.output.SummaryJson;
import org.newsum.text.LanguageDetector;

/**
 * Team-written clusters of three short articles on one event (a storm in northern Germany) in
 * German, Russian, Spanish, Chinese, Arabic, Japanese and Korean (the last two read with Lucene's
 * segmenters): the summary is in the cluster's language, every
 * document is kept, and no two summary sentences say the same thing.
 */
class MultilingualSmokeTest {
  static Cluster cluster(String name) throws IOException {
    try (InputStream in = MultilingualSmokeTest.class.getResourceAsStream("multilingual/" + name + ".jsonl")) {
      return ClusterJson.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1, name).cluster();
    }
  }

  @ParameterizedTest
  @CsvSource({"de, 45", "ru, 45", "es, 45", "zh, 70", "ar, 45", "ja, 70", "ko, 25"})
  void summaryIsInTheLanguageAndNotRedundant(String language, int words) throws IOException {
    Summary summary = Newsum.standard().summarize(cluster(language), SummaryRequest.of("default", Budget.words(words)));

    assertThat(summary.provenance().language()).isEqualTo(language);
    assertThat(summary.provenance().documentLanguages()).hasSize(3).containsValue(language).doesNotContainValue("en");
    assertThat(summary.sentences()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(LanguageDetector.standard().detect(String.join(" ", summary.texts()))).isEqualTo(language);
    assertThat(SummaryJson.toJson(summary).at("/provenance/language").asText()).isEqualTo(language);
    List<Set<String>> tokens = summary.texts().stream().map(MultilingualSmokeTest::tokens).toList();
    for (int i = 0; i < tokens.size(); i++) {
      for (int j = i + 1; j < tokens.size(); j++) {
        Set<String> shared = new HashSet<>(tokens.get(i));
        shared.retainAll(tokens.get(j));
        assertThat(shared.size()).as("%s: tokens shared by %s and %s", language, summary.texts().get(i), summary.texts().get(j))
            .isLessThan(Math.min(tokens.get(i).size(), tokens.get(j).size()) / 2);
      }
    }
  }

  @Test
  void aCharacterBudgetNoSentenceFitsGetsTheFirstChoiceCutAtAClause() throws IOException {
    Summary summary = Newsum.standard().summarize(cluster("zh"), SummaryRequest.of("lead", Budget.characters(14)));
    assertThat(summary.texts()).hasSize(1);
    String text = summary.texts().get(0);
    assertThat(Budget.countCharacters(text)).isLessThanOrEqualTo(14).isPositive();
    Sentence cut = summary.sentences().get(0).sentence();
    assertThat(cluster("zh").documents().get(cut.documentIndex()).text().substring(cut.start(), cut.end())).isEqualTo(text);
  }

  @Test
  void aMixedClusterKeepsEveryDocumentAndSaysWhichLanguageEachIsIn() throws IOException {
    Summary summary = Newsum.standard().summarize(cluster("mixed"), SummaryRequest.of("default", Budget.words(60)));
    assertThat(summary.provenance().language()).isEqualTo("en");
    assertThat(summary.provenance().documentLanguages())
        .containsOnly(entry("en1", "en"), entry("en2", "en"), entry("de1", "de"), entry("ru1", "ru"));
    assertThat(summary.sentences()).isNotEmpty().allMatch(s -> s.sentence().documentId().startsWith("en"));
    // "Deutsche Bahn ... between Hamburg and Berlin" is also in the German article (names as anchors)
    assertThat(summary.sentences()).filteredOn(s -> s.text().startsWith("Deutsche Bahn"))
        .isNotEmpty().allMatch(s -> s.alsoIn().contains("de1"));
  }

  /** Tokens as ROUGE --tokenize unicode reads them (one per Chinese character). */
  private static Set<String> tokens(String text) {
    Set<String> out = new HashSet<>();
    for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        t.codePoints().filter(Character::isIdeographic).forEach(c -> out.add(Character.toString(c)));
        if (t.codePoints().noneMatch(Character::isIdeographic)) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
