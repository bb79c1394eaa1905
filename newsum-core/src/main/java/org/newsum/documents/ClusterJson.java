package org.newsum.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsum.internal.documents.JsonLines;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * The cluster format, one definition for every reader of it (the JSONL reader, the Spark job's
 * JSON lines and Parquet rows, the HTTP API's documents):
 * {@code {"id","docs":[{"id"?,"title"?,"text","date"?,"language"?}],"refs"?:[...],"query"?,"history"?:[...],"language"?}},
 * {@code history} holding the documents the reader has already read, in the form of {@code docs}
 * ({@code "lang"} is read as {@code "language"}; a document's language overrides the cluster's). A document
 * without an id is called {@link #defaultDocumentId doc1, doc2, ...}; a reference given as a list
 * of sentences is joined with newlines; {@code "date"} is read by {@link PublicationDate}. Every
 * problem is an {@link InputException} naming where it is and what is wrong, in the same words
 * whatever the source.
 */
public final class ClusterJson {
  private ClusterJson() {}

  /** Reads a publication date, throwing {@link IllegalArgumentException} saying what is wrong with it. */
  @FunctionalInterface
  public interface DateField {
    LocalDate read();
  }

  /** The id of the {@code index}-th document (from 0) when it has none: {@code doc1}, {@code doc2}, ... */
  public static String defaultDocumentId(int index) {
    return "doc" + (index + 1);
  }

  /**
   * Parses one cluster given as JSON text (a line of a cluster file).
   *
   * @param line the 1-based line number, or 0 when unknown
   * @param where the file and line (or record), for error messages
   * @throws InputException if the text is not a valid cluster
   */
  public static ClusterRecord decode(String json, long line, String where) {
    return decode(JsonLines.parse(json, where), line, where);
  }

  /** Reads one cluster from parsed JSON; see {@link #decode(String, long, String)}. */
  public static ClusterRecord decode(JsonNode root, long line, String where) {
    if (root == null || !root.isObject()) {
      throw new InputException(where, "expected a JSON object");
    }
    String id = clusterId(root.hasNonNull("id") ? root.get("id").asText() : null, where);
    JsonNode docsNode = root.path("docs");
    if (!docsNode.isArray()) {
      throw noDocuments(where, id);
    }
    String clusterLanguage = language(root, where, "cluster '" + id + "'");
    List<Document> docs = documents(docsNode, where, id, clusterLanguage);
    JsonNode historyNode = root.path("history");
    if (!historyNode.isMissingNode() && !historyNode.isNull() && !historyNode.isArray()) {
      throw new InputException(where, "cluster '" + id + "': \"history\" is not an array of documents");
    }
    List<Document> history = documents(historyNode, where, id, clusterLanguage);
    List<String> refs = new ArrayList<>();
    for (JsonNode r : root.path("refs")) {
      if (r.isArray()) {
        List<String> sentences = new ArrayList<>();
        r.forEach(s -> sentences.add(s.asText()));
        refs.add(String.join("\n", sentences));
      } else {
        refs.add(r.asText());
      }
    }
    String query = root.hasNonNull("query") ? root.get("query").asText() : null;
    return new ClusterRecord(line, new Cluster(id, docs, query, history), refs);
  }

  /**
   * The documents of a {@code docs} or {@code history} array (none when it is missing), each in its
   * own language if given, else in the cluster's ({@code clusterLanguage}, null when not given).
   */
  private static List<Document> documents(JsonNode array, String where, String clusterId, String clusterLanguage) {
    List<Document> docs = new ArrayList<>();
    for (JsonNode d : array) {
      JsonNode text = d.get("text");
      String docLanguage = language(d, where, "cluster '" + clusterId + "', document '"
          + (d.hasNonNull("id") ? d.get("id").asText() : defaultDocumentId(docs.size())) + "'");
      docs.add(document(where, clusterId, docs.size(), d.hasNonNull("id") ? d.get("id").asText() : null,
          d.path("title").asText(""), text == null || !text.isTextual() ? null : text.asText(),
          () -> PublicationDate.fromJson(d.get("date"))).withLanguage(docLanguage != null ? docLanguage : clusterLanguage));
    }
    return docs;
  }

  /**
   * The {@code "language"} (or {@code "lang"}) code of a document or cluster ({@code what}, for the
   * message), or null when not given.
   *
   * @throws InputException if it is not a string or not a language code ({@link Document#languageCode(String)})
   */
  private static String language(JsonNode node, String where, String what) {
    String field = node.hasNonNull("language") ? "language" : "lang";
    JsonNode code = node.get(field);
    if (code == null || code.isNull()) {
      return null;
    }
    try {
      if (!code.isTextual()) {
        throw new IllegalArgumentException("not a string but " + code);
      }
      return Document.languageCode(code.asText());
    } catch (IllegalArgumentException e) {
      throw new InputException(where, what + ": \"" + field + "\": " + e.getMessage());
    }
  }

  /**
   * A cluster's id, which must be given.
   *
   * @throws InputException if it is missing or blank
   */
  public static String clusterId(String id, String where) {
    if (id == null || id.isBlank()) {
      throw new InputException(where, "missing \"id\"");
    }
    return id;
  }

  /** The error for a cluster without a documents array. */
  public static InputException noDocuments(String where, String clusterId) {
    return new InputException(where, "cluster '" + clusterId + "' has no \"docs\" array");
  }

  /**
   * One document of a cluster, from its fields as a format gives them.
   *
   * @param index its position in the cluster, from 0
   * @param id its id, or {@code null} for {@link #defaultDocumentId}
   * @param title its title ({@code null}: none)
   * @param text its text, which must be given
   * @param date reads its publication date (null when it has none)
   * @throws InputException if the text is missing or the date is not valid
   */
  public static Document document(String where, String clusterId, int index, String id, String title, String text,
      DateField date) {
    String docId = id != null ? id : defaultDocumentId(index);
    if (text == null) {
      throw new InputException(where, "document '" + docId + "' has no \"text\" string");
    }
    LocalDate published;
    try {
      published = date.read();
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "cluster '" + clusterId + "', document '" + docId + "': " + e.getMessage());
    }
    return new Document(docId, title == null ? "" : title, text, published, null);
  }
}
