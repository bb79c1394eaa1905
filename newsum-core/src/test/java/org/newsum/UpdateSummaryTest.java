package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.documents.InputException;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.SummaryJson;
import org.newsum.summarizers.Summarizers;

/** Update summaries: what a cluster adds to documents the reader has already read. */
class UpdateSummaryTest {
  private static final Newsum NEWSUM = Newsum.standard();
  /** Every new document opens with the background the history already gave, then says what is new. */
  private static final String BACKGROUND = "The river burst its banks on Monday and flooded the old harbour town of Kell.";
  private static final List<Document> NEW = List.of(
      doc("n1", BACKGROUND + " Engineers closed the eastern dam gates on Thursday to protect the lower valley farms. "
          + "The army delivered drinking water to four thousand families in the valley."),
      doc("n2", BACKGROUND + " Insurers estimated the damage to the harbour at two hundred million euros on Friday. "
          + "The army delivered drinking water to the valley families by truck and helicopter."),
      doc("n3", BACKGROUND + " The regional government promised new flood walls for the harbour district next spring. "
          + "Engineers said the eastern dam gates would stay closed until the river falls."),
      doc("n4", BACKGROUND + " Schools in the valley reopened on Friday after the water receded from the streets. "
          + "Insurers said most harbour damage claims would be paid before the end of the year."));
  private static final List<Document> HISTORY = List.of(
      doc("h1", BACKGROUND + " Hundreds of residents were evacuated from the harbour district by boat."),
      doc("h2", "Heavy rain fell for three days before the flood. " + BACKGROUND));

  private static Document doc(String id, String text) {
    return Document.of(id, text);
  }

  @Test
  void noMethodRepeatsASentenceOfTheHistory() {
    Cluster news = new Cluster("flood", NEW, null);
    assertThat(NEWSUM.summarize(news, "lead", Budget.words(60)).texts()).as("without history the lead repeats it")
        .contains(BACKGROUND);
    for (String method : Summarizers.names()) {
      Summary update = NEWSUM.summarize(news.withHistory(HISTORY), method, Budget.words(60));
      assertThat(update.texts()).as(method).isNotEmpty().doesNotContain(BACKGROUND);
      assertThat(update.provenance().historyDocuments()).as(method).isEqualTo(2);
    }
  }

  @Test
  void theRequestsHistoryReplacesTheClustersAndShowsInTheJson() {
    Cluster news = new Cluster("flood", NEW, null, List.of(doc("other", "An unrelated story about the weather in May.")));
    Summary update = NEWSUM.summarize(news, SummaryRequest.of("default", Budget.words(60)).withHistory(HISTORY));
    assertThat(update.texts()).doesNotContain(BACKGROUND);
    assertThat(SummaryJson.toJson(update).path("provenance").path("history").asInt()).isEqualTo(2);
    Summary plain = NEWSUM.summarize(new Cluster("flood", NEW, null), "default", Budget.words(60));
    assertThat(plain.provenance().historyDocuments()).isZero();
    assertThat(SummaryJson.toJson(plain).path("provenance").has("history")).isFalse();
  }

  @Test
  void withAQueryTheCoverageModelLeavesOutWhatWasRead() {
    Cluster news = new Cluster("flood", NEW, "What happened to the harbour town of Kell after the river flooded it?");
    Summary update = NEWSUM.summarize(news.withHistory(HISTORY), "default", Budget.words(60));
    assertThat(update.provenance().method()).isEqualTo("ilp");
    assertThat(update.texts()).isNotEmpty().doesNotContain(BACKGROUND);
  }

  @Test
  void theHistoryCountsTowardsTheTextLimit() {
    Cluster news = new Cluster("flood", NEW.subList(0, 1), null, HISTORY);
    long withoutHistory = NEW.get(0).text().length();
    assertThatThrownBy(() -> NEWSUM.withMaxCharacters(withoutHistory + 1).summarize(news, "default", Budget.words(60)))
        .isInstanceOf(InputException.class).hasMessageContaining("too large");
  }

  @Test
  void sinceMovesTheOlderDatedDocumentsToTheHistory() {
    Document old = new Document("old", "", "Old news.", LocalDate.of(2020, 1, 1), null);
    Document fresh = new Document("fresh", "", "Fresh news.", LocalDate.of(2020, 1, 3), null);
    Document undated = Document.of("undated", "News of no date.");
    Document read = Document.of("read", "Already read.");
    Cluster split = new Cluster("c", List.of(old, fresh, undated), "q", List.of(read)).since(LocalDate.of(2020, 1, 3));
    assertThat(split.documents()).containsExactly(fresh, undated);
    assertThat(split.history()).containsExactly(read, old);
    assertThat(split.query()).isEqualTo("q");
  }
}
