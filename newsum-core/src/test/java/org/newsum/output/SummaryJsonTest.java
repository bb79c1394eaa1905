package org.newsum.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.model.Span;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;

class SummaryJsonTest {
  @Test
  void documentsCarryTheirDateAndSentencesTheDayTheyNameResolved() {
    Cluster cluster = Cluster.of("c", List.of(new Document("a", "", "The two presidents met in Hamburg on Friday for "
        + "more than two hours. Aides of both sides called the talks constructive and long.", LocalDate.of(2017, 7, 8),
        null)));
    Newsum newsum = Newsum.standard();
    SummaryRequest request = SummaryRequest.of("lead", Budget.words(100));
    AnalyzedCluster analyzed = newsum.analyze(cluster, request);
    Summary summary = newsum.summarize(analyzed, request);
    JsonNode json = SummaryJson.toJson(summary, analyzed.cluster());
    assertThat(json.get("documents").get(0).get("date").asText()).isEqualTo("2017-07-08");
    assertThat(json.get("sentences").get(0).get("date").asText()).isEqualTo("2017-07-07");
    assertThat(json.get("sentences").get(1).has("date")).isFalse();
    assertThat(SummaryJson.toJson(summary).get("sentences").get(0).has("date")).isFalse();
  }

  @Test
  void aCompressedSentenceShowsItsSourceSpanAndThePartsKept() {
    String aside = "The storm (the worst in a decade) flooded the coastal town of Marlow and damaged many homes there.";
    Cluster cluster = Cluster.of("c", List.of(Document.of("a", "Rescue crews worked all night in the rain. " + aside)));
    Sentence source = new Sentence("a", 0, 1, 43, 43 + aside.length(), aside);
    List<Span> kept = List.of(new Span(43, 52), new Span(76, 43 + aside.length()));
    Summary summary = new Summary("c", "default", Budget.words(100),
        List.of(new SummarySentence(source, List.of(), List.of(), kept)), Newsum.standard().summarize(cluster, "lead",
            Budget.words(100)).provenance());
    JsonNode sentence = SummaryJson.toJson(summary).get("sentences").get(0);
    assertThat(sentence.get("text").asText())
        .isEqualTo("The storm flooded the coastal town of Marlow and damaged many homes there.");
    assertThat(sentence.get("span").toString()).isEqualTo("[43," + (43 + aside.length()) + "]");
    assertThat(sentence.get("kept").toString()).isEqualTo("[[43,52],[76," + (43 + aside.length()) + "]]");
    Summary whole = Newsum.standard().summarize(cluster, "lead", Budget.words(100));
    assertThat(SummaryJson.toJson(whole).get("sentences").get(0).has("kept")).isFalse();
    assertThatThrownBy(() -> new SummarySentence(source, List.of(), List.of(), List.of(new Span(0, 52))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the sentence's span");
  }
}
