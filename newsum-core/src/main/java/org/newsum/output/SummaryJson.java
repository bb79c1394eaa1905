package org.newsum.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;

/**
 * Renders a {@link Summary} as JSON: method, budget, and per sentence its text, source
 * document id, sentence index, character span and the other documents that say the same.
 */
public final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryJson() {}

  public static ObjectNode toJson(Summary summary) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", summary.clusterId());
    root.put("method", summary.method());
    ObjectNode budget = root.putObject("budget");
    budget.put("unit", summary.budget().unit().name().toLowerCase());
    budget.put("limit", summary.budget().limit());
    root.put("words", summary.wordCount());
    ArrayNode sentences = root.putArray("sentences");
    for (SummarySentence s : summary.sentences()) {
      ObjectNode n = sentences.addObject();
      n.put("text", s.text());
      putSource(n, s);
    }
    return root;
  }

  /**
   * {@link #toJson(Summary)} plus {@code "documents":[{"id","title","text"}]}: the texts the
   * sentence spans point into, so that a reader can show each sentence in its source.
   *
   * @param summarized the cluster as summarized (after cleaning), not the raw input
   */
  public static ObjectNode toJson(Summary summary, Cluster summarized) {
    ObjectNode root = toJson(summary);
    ArrayNode documents = root.putArray("documents");
    for (Document d : summarized.documents()) {
      documents.addObject().put("id", d.id()).put("title", d.title()).put("text", d.text());
    }
    return root;
  }

  /**
   * One line of {@code newsum batch} output:
   * {@code {"id","summary":[sentences],"sources":[{"doc","index","span":[start,end],"alsoIn"}],"method","time_s"}},
   * {@code sources} parallel to {@code summary}; {@code time_s} is rounded to microseconds.
   */
  public static String toBatchLine(Summary summary, double seconds) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", summary.clusterId());
    ArrayNode sentences = root.putArray("summary");
    summary.texts().forEach(sentences::add);
    ArrayNode sources = root.putArray("sources");
    summary.sentences().forEach(s -> putSource(sources.addObject(), s));
    root.put("method", summary.method());
    root.put("time_s", Math.round(seconds * 1e6) / 1e6);
    return root.toString();
  }

  /** Where a summary sentence comes from: document id, sentence index, character span, other documents. */
  private static void putSource(ObjectNode n, SummarySentence s) {
    n.put("doc", s.sentence().documentId());
    n.put("index", s.sentence().index());
    n.putArray("span").add(s.sentence().start()).add(s.sentence().end());
    ArrayNode also = n.putArray("alsoIn");
    s.alsoIn().forEach(also::add);
  }

  /** One line {@code {"id","summary":[sentences]}}, the system-summary format of rouge.py. */
  public static String toRougeLine(Summary summary) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", summary.clusterId());
    ArrayNode sentences = root.putArray("summary");
    summary.texts().forEach(sentences::add);
    return root.toString();
  }

  public static String toJsonString(Summary summary) {
    return toJson(summary).toPrettyString();
  }
}
