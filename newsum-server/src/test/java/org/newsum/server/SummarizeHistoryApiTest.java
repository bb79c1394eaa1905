package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code history} field of {@code POST /api/summarize}: documents the reader has already read. */
class SummarizeHistoryApiTest {
  private static final String BACKGROUND = "The river burst its banks on Monday and flooded the old harbour town of Kell.";
  @RegisterExtension static final TestServer server = new TestServer(ServerConfig.defaults().withLimits(64 * 1024, 3));

  private static ObjectNode news() {
    return TestServer.request(List.of(
        BACKGROUND + " Engineers closed the eastern dam gates on Thursday to protect the lower valley farms.",
        BACKGROUND + " Insurers estimated the damage to the harbour at two hundred million euros on Friday.",
        BACKGROUND + " Schools in the valley reopened on Friday after the water receded from the streets."))
        .put("method", "lead").put("words", 40);
  }

  @Test
  void theSummaryLeavesOutWhatTheHistorySaidAndCountsItsDocuments() {
    JsonNode plain = TestServer.json(server.post("/api/summarize", news().toString()));
    assertThat(plain.path("sentences").findValuesAsText("text")).contains(BACKGROUND);
    assertThat(plain.path("provenance").has("history")).isFalse();

    ObjectNode body = news();
    ArrayNode history = body.putArray("history");
    history.addObject().put("id", "d1").put("text", BACKGROUND + " Hundreds of residents left by boat.");
    history.addObject().put("text", "Rain fell for three days before the flood.");
    HttpResponse<String> response = server.post("/api/summarize", body.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode update = TestServer.json(response);
    assertThat(update.path("sentences").findValuesAsText("text")).isNotEmpty().doesNotContain(BACKGROUND);
    assertThat(update.path("provenance").path("history").asInt()).isEqualTo(2);
  }

  @Test
  void aBadHistoryIsA400NamingIt() {
    assertThat(error(news().put("history", "d1"))).isEqualTo("\"history\" must be an array of documents (already read)");
    ObjectNode empty = news();
    empty.putArray("history").addObject().put("text", " ");
    assertThat(error(empty)).isEqualTo("history[0] ('doc1'): the text is empty");
    ObjectNode many = news();
    ArrayNode history = many.putArray("history");
    for (int i = 0; i < 4; i++) {
      history.addObject().put("text", "Old news " + i + ".");
    }
    assertThat(error(many)).isEqualTo("too many history documents: 4 (the limit is 3)");
  }

  private static String error(ObjectNode body) {
    HttpResponse<String> response = server.post("/api/summarize", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return TestServer.json(response).path("error").asText();
  }
}
