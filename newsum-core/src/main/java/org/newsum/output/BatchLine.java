package org.newsum.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsum.model.Summary;

/**
 * The record written per summarized cluster by {@code newsum batch}, the Spark job and
 * {@code newsum summarize FILE.jsonl --format jsonl}:
 * {@code {"id","summary":[sentences],"sources":[{"doc","index","span":[start,end],"alsoIn","kept"?}],"method","provenance","time_s"}},
 * {@code sources} parallel to {@code summary}. rouge.py reads it as a system summary.
 *
 * @param summary the summary
 * @param seconds wall time of the summarize call, rounded to microseconds
 */
public record BatchLine(Summary summary, double seconds) {
  public BatchLine {
    seconds = Math.round(seconds * 1e6) / 1e6;
  }

  /** The line as JSON. */
  public ObjectNode toJson() {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("id", summary.clusterId());
    ArrayNode sentences = root.putArray("summary");
    summary.texts().forEach(sentences::add);
    ArrayNode sources = root.putArray("sources");
    summary.sentences().forEach(s -> SummaryJson.putSource(sources.addObject(), s));
    root.put("method", summary.method());
    root.set("provenance", SummaryJson.provenance(summary.provenance()));
    root.put("time_s", seconds);
    return root;
  }

  /** The line as text, without a line break. */
  @Override
  public String toString() {
    return toJson().toString();
  }
}
