package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.documents.InputException;
import org.newsum.internal.text.NewsSentenceSplitter;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.summarizers.Summarizers;

/** The library rows of docs/ROBUSTNESS.md: what {@link Newsum#summarize} does with hostile clusters. */
class NewsumRobustnessTest {
  private static final Newsum NEWSUM = Newsum.standard();

  private static Summary summarize(Budget budget, String... texts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Document.of("d" + i, texts[i]));
    }
    return NEWSUM.summarize(Cluster.of("c", docs), Summarizers.DEFAULT, budget);
  }

  private static void assertWellFormed(Summary summary, Budget budget) {
    assertThat(summary.sentences()).isNotEmpty();
    assertThat(summary.texts()).doesNotHaveDuplicates();
    assertThat(summary.texts().stream().mapToInt(budget::cost).sum()).isLessThanOrEqualTo(budget.limit());
  }

  @Test
  void oneDocumentOnlyIsSummarized() {
    Summary s = summarize(Budget.words(40), HostileInputs.ARTICLE);
    assertWellFormed(s, Budget.words(40));
    assertThat(HostileInputs.ARTICLE).contains(s.texts().get(0));
  }

  @Test
  void theSameDocumentFiveTimesGivesNoRepeatedSentence() {
    String a = HostileInputs.ARTICLE;
    Summary s = summarize(Budget.words(200), a, a, a, a, a);
    assertWellFormed(s, Budget.words(200));
    assertThat(s.sentences().get(0).alsoIn()).hasSize(4);
  }

  @Test
  void sentencesOfStopWordsOnlyAreNotRepeated() {
    String doc = "It was what it was and it is what it is.\n";
    Summary s = summarize(Budget.words(100), doc, doc, doc);
    assertThat(s.texts()).containsExactly("It was what it was and it is what it is.");
  }

  @Test
  void fiveThousandTinyDocumentsFitTheBudget() {
    String[] docs = IntStream.range(0, 5000).mapToObj(HostileInputs::tinyDocument).toArray(String[]::new);
    assertWellFormed(summarize(Budget.words(100), docs), Budget.words(100));
  }

  @Test
  void aBudgetLargerThanTheInputTakesEveryEligibleSentence() {
    Summary s = summarize(Budget.words(100_000), HostileInputs.ARTICLE);
    assertThat(s.texts()).hasSize(4);
    assertThat(String.join("\n", s.texts())).isEqualTo(HostileInputs.ARTICLE.strip());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE, Budget.MAX_LIMIT + 1})
  void impossibleBudgetsAreTypedErrors(int limit) {
    assertThatThrownBy(() -> Budget.words(limit)).isInstanceOf(NewsumException.class).hasMessageContaining("budget");
  }

  @Test
  void germanAndRussianAreSummarized() {
    assertWellFormed(summarize(Budget.words(30), HostileInputs.GERMAN), Budget.words(30));
    Summary russian = summarize(Budget.words(30), HostileInputs.RUSSIAN);
    assertWellFormed(russian, Budget.words(30));
    assertThat(HostileInputs.RUSSIAN).contains(russian.texts());
  }

  @Test
  void chineseIsSplitAtFullStopsAndBudgetedPerCharacter() {
    Summary s = summarize(Budget.words(40), HostileInputs.CHINESE);
    assertWellFormed(s, Budget.words(40));
    assertThat(s.texts()).allSatisfy(t -> assertThat(t).endsWith("。"));
    assertThat(s.wordCount()).isBetween(15, 40);
  }

  @Test
  void textWithoutAnyPunctuationIsSummarized() {
    Summary s = summarize(Budget.words(30), HostileInputs.UNPUNCTUATED);
    assertWellFormed(s, Budget.words(30));
  }

  @Test
  void aSingleLongUnpunctuatedLineIsCutIntoBoundedSentences() {
    String line = HostileInputs.unpunctuatedLine(200_000);
    Summary s = summarize(Budget.words(100), line);
    assertWellFormed(s, Budget.words(100));
    assertThat(s.texts()).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS));
    assertThat(s.wordCount()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void clustersOverTheCharacterLimitAreRefusedBeforeAnalysis() {
    Newsum small = NEWSUM.withMaxCharacters(100);
    Cluster cluster = Cluster.of("big", List.of(Document.of("d", HostileInputs.ARTICLE)));
    assertThatThrownBy(() -> small.summarize(cluster, "default", Budget.words(10)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cluster 'big'").hasMessageContaining("too large").hasMessageContaining("limit is 100");
  }

  @Test
  void aHundredMegabyteDocumentIsRefusedByTheDefaultLimit() {
    Cluster cluster = Cluster.of("huge", List.of(Document.of("d", "a".repeat(100 * 1024 * 1024))));
    assertThatThrownBy(() -> NEWSUM.summarize(cluster, "default", Budget.words(100)))
        .isInstanceOf(InputException.class).hasMessageContaining("too large");
  }

  @Test
  void clustersWithoutArticleTextAreTypedErrors() {
    assertThatThrownBy(() -> summarize(Budget.words(100), "Home\nNews\nSport\nWeather\n"))
        .isInstanceOf(NewsumException.class).hasMessageContaining("no article text");
    assertThatThrownBy(() -> summarize(Budget.words(100), "  \n\t "))
        .isInstanceOf(NewsumException.class).hasMessageContaining("no text");
    assertThatThrownBy(() -> NEWSUM.summarize(Cluster.of("none", List.of()), "default", Budget.words(100)))
        .isInstanceOf(NewsumException.class).hasMessageContaining("no documents");
  }

  @Test
  void unknownMethodsAreTypedErrors() {
    assertThatThrownBy(() -> NEWSUM.summarize(Cluster.of("c", List.of(Document.of("d", HostileInputs.ARTICLE))),
        "nonsense", Budget.words(10))).isInstanceOf(NewsumException.class).hasMessageContaining("unknown method");
  }
}
