package org.newsum.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
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
}
