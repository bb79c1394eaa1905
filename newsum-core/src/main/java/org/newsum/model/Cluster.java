package org.newsum.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents about one event that are summarized together, optionally with a user query
 * (query-focused summarization, as in DUC 2006) and the documents the reader has already read
 * (an update summary, as in DUC 2007: what do the new ones add?). Immutable.
 *
 * @param id identifier of the cluster (JSONL id, or a name derived from the input)
 * @param documents the articles, in input order
 * @param query what the user wants to know, or {@code null} for a generic summary
 * @param history articles the reader has already read: the summary should not repeat what they
 *     say; never summarized themselves (empty: an ordinary summary)
 */
public record Cluster(String id, List<Document> documents, String query, List<Document> history) {
  public Cluster {
    Objects.requireNonNull(id, "id");
    documents = copy(id, "documents", Objects.requireNonNull(documents, "documents"));
    query = query == null || query.isBlank() ? null : query;
    history = history == null ? List.of() : copy(id, "history", history);
  }

  /** An immutable copy of {@code list}, a null element named (List.copyOf's NullPointerException says nothing). */
  private static List<Document> copy(String id, String field, List<Document> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException("cluster '" + id + "': " + field + "[" + i + "] is null");
      }
    }
    return List.copyOf(list);
  }

  /** A cluster without history. */
  public Cluster(String id, List<Document> documents, String query) {
    this(id, documents, query, List.of());
  }

  public static Cluster of(String id, List<Document> documents) {
    return new Cluster(id, documents, null);
  }

  public Optional<String> queryText() {
    return Optional.ofNullable(query);
  }

  /** This cluster with other documents (e.g. after cleaning); query and history kept. */
  public Cluster withDocuments(List<Document> other) {
    return new Cluster(id, other, query, history);
  }

  /** This cluster asking {@code otherQuery} ({@code null}: a generic summary); documents and history kept. */
  public Cluster withQuery(String otherQuery) {
    return new Cluster(id, documents, otherQuery, history);
  }

  /**
   * This cluster for a reader who has read everything published before {@code day}: the
   * documents dated before it move to the end of the history; undated documents stay.
   */
  public Cluster since(LocalDate day) {
    List<Document> fresh = new ArrayList<>();
    List<Document> read = new ArrayList<>(history);
    for (Document d : documents) {
      (d.date() != null && d.date().isBefore(day) ? read : fresh).add(d);
    }
    return new Cluster(id, fresh, query, read);
  }

  /** This cluster for a reader who has already read {@code read} (empty: no history). */
  public Cluster withHistory(List<Document> read) {
    return new Cluster(id, documents, query, read);
  }
}
