package org.newsum.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.newsum.internal.summarizers.Speculation;
import org.newsum.internal.text.RelativeDate;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Provenance;
import org.newsum.model.Sentence;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;

/**
 * Renders a {@link Summary} as JSON: method, budget, provenance, and per sentence its text,
 * source document id, sentence index, character span and the other documents that say the same.
 */
public final class SummaryJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private SummaryJson() {}

  public static ObjectNode toJson(Summary summary) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", summary.clusterId());
    root.put("method", summary.method());
    ObjectNode budget = root.putObject("budget");
    budget.put("unit", summary.budget().unit().name().toLowerCase());
    budget.put("limit", summary.budget().limit());
    root.put("words", summary.wordCount());
    root.set("provenance", provenance(summary.provenance()));
    ArrayNode sentences = root.putArray("sentences");
    for (SummarySentence s : summary.sentences()) {
      ObjectNode n = sentences.addObject();
      n.put("text", s.text());
      putSource(n, s);
    }
    return root;
  }

  /**
   * {@link #toJson(Summary)} plus {@code "documents":[{"id","title","date"?,"text"}]}: the texts
   * the sentence spans point into, so that a reader can show each sentence in its source, and
   * their publication dates (ISO-8601) where known; per sentence {@code
   * "alsoInSentences":[{"doc","index","span"}]}, where each document of {@code alsoIn} says the same
   * thing; and per sentence that names a day relative to its document's date ("on Friday",
   * "yesterday"), that day as {@code "date"} ({@link RelativeDate}), kept apart from the text so
   * that spans stay exact.
   *
   * @param summarized the cluster as summarized (after cleaning), not the raw input
   */
  public static ObjectNode toJson(Summary summary, Cluster summarized) {
    ObjectNode root = toJson(summary);
    ArrayNode sentences = (ArrayNode) root.get("sentences");
    for (int k = 0; k < summary.sentences().size(); k++) {
      ObjectNode sentence = (ObjectNode) sentences.get(k);
      ArrayNode also = sentence.putArray("alsoInSentences");
      for (Sentence s : summary.sentences().get(k).alsoInSentences()) {
        ObjectNode n = also.addObject().put("doc", s.documentId()).put("index", s.index());
        n.putArray("span").add(s.start()).add(s.end());
      }
      String text = summary.sentences().get(k).text();
      LocalDate published = summarized.documents().get(summary.sentences().get(k).sentence().documentIndex()).date();
      LocalDate day = RelativeDate.resolve(text, published, Speculation.isForecast(text));
      if (day != null) {
        sentence.put("date", day.toString());
      }
    }
    ArrayNode documents = root.putArray("documents");
    for (Document d : summarized.documents()) {
      ObjectNode document = documents.addObject().put("id", d.id()).put("title", d.title());
      if (d.date() != null) {
        document.put("date", d.date().toString());
      }
      document.put("text", d.text());
    }
    return root;
  }

  /**
   * {@code {"version","method","reason","options":{name: value},"cleaned","history"?,"language",
   * "documentLanguages":{id: language}}}: how the summary was made ({@link Provenance}); {@code
   * history}, the number of history documents, only when there were some.
   */
  static ObjectNode provenance(Provenance p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", p.version());
    n.put("method", p.method());
    n.put("reason", p.reason());
    ObjectNode options = n.putObject("options");
    p.options().forEach((name, value) -> {
      if (value instanceof Integer i) {
        options.put(name, i);
      } else {
        options.put(name, value.doubleValue());
      }
    });
    n.put("cleaned", p.cleaned());
    if (p.historyDocuments() > 0) {
      n.put("history", p.historyDocuments());
    }
    n.put("language", p.language());
    ObjectNode languages = n.putObject("documentLanguages");
    p.documentLanguages().forEach(languages::put);
    return n;
  }

  /**
   * Where a summary sentence comes from: document id, sentence index, character span, other
   * documents, and for a compressed sentence the {@code "kept"} parts of the span, {@code [[start, end], ...]}.
   */
  static void putSource(ObjectNode n, SummarySentence s) {
    n.put("doc", s.sentence().documentId());
    n.put("index", s.sentence().index());
    n.putArray("span").add(s.sentence().start()).add(s.sentence().end());
    ArrayNode also = n.putArray("alsoIn");
    s.alsoIn().forEach(also::add);
    if (s.compressed()) {
      ArrayNode kept = n.putArray("kept");
      s.kept().forEach(k -> kept.addArray().add(k.start()).add(k.end()));
    }
  }

  public static String toJsonString(Summary summary) {
    return toJson(summary).toPrettyString();
  }
}
