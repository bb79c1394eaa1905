package org.newsum.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsum.NewsumException;

/**
 * What an evaluation run made of one record of the data file: every method's summary, or the
 * reason the cluster was skipped. One JSON line of the run's journal, from which an interrupted
 * run is resumed.
 *
 * @param clusterId the cluster's id, or {@code null} for a line that could not be read
 * @param counted whether the record counts towards {@code --limit} (a readable, scorable cluster)
 * @param references the cluster's reference summaries (empty when skipped)
 * @param outputs one summary per method, in the run's method order (empty when skipped)
 * @param skipped why the cluster was skipped (names the file and line), or {@code null}
 */
record ClusterOutcome(String clusterId, boolean counted, List<String> references, List<ClusterOutput> outputs,
    String skipped) {
  private static final ObjectMapper JSON = new ObjectMapper();

  ClusterOutcome {
    references = List.copyOf(references);
    outputs = List.copyOf(outputs);
  }

  static ClusterOutcome skipped(String clusterId, boolean counted, String reason) {
    return new ClusterOutcome(clusterId, counted, List.of(), List.of(), reason);
  }

  /** The journal line. */
  String toJson() {
    ObjectNode row = JSON.createObjectNode();
    row.put("id", clusterId);
    row.put("counted", counted);
    if (skipped != null) {
      row.put("skipped", skipped);
      return row.toString();
    }
    ArrayNode refs = row.putArray("refs");
    references.forEach(refs::add);
    ArrayNode summaries = row.putArray("summaries");
    for (ClusterOutput o : outputs) {
      ObjectNode summary = summaries.addObject();
      ArrayNode sentences = summary.putArray("summary");
      o.sentences().forEach(sentences::add);
      summary.put("time_s", o.seconds());
    }
    return row.toString();
  }

  /** Reads a journal line back. */
  static ClusterOutcome fromJson(String line) {
    try {
      JsonNode row = JSON.readTree(line);
      String id = row.path("id").isTextual() ? row.path("id").asText() : null;
      boolean counted = row.path("counted").asBoolean();
      if (row.has("skipped")) {
        return skipped(id, counted, row.path("skipped").asText());
      }
      List<String> refs = new ArrayList<>();
      row.path("refs").forEach(r -> refs.add(r.asText()));
      List<ClusterOutput> outputs = new ArrayList<>();
      for (JsonNode summary : row.path("summaries")) {
        List<String> sentences = new ArrayList<>();
        summary.path("summary").forEach(s -> sentences.add(s.asText()));
        outputs.add(new ClusterOutput(id, sentences, summary.path("time_s").asDouble()));
      }
      return new ClusterOutcome(id, counted, refs, outputs, null);
    } catch (JsonProcessingException e) {
      throw new NewsumException("corrupt evaluation journal line: " + e.getOriginalMessage(), e);
    }
  }
}
