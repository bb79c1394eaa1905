package org.newsum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents about one event that are summarized together, optionally with a user query
 * (query-focused summarization, as in DUC 2006). Immutable.
 *
 * @param id identifier of the cluster (JSONL id, or a name derived from the input)
 * @param documents the articles, in input order
 * @param query what the user wants to know, or {@code null} for a generic summary
 */
public record Cluster(String id, List<Document> documents, String query) {
  public Cluster {
    Objects.requireNonNull(id, "id");
    documents = List.copyOf(documents);
    query = query == null || query.isBlank() ? null : query;
  }

  public static Cluster of(String id, List<Document> documents) {
    return new Cluster(id, documents, null);
  }

  public Optional<String> queryText() {
    return Optional.ofNullable(query);
  }
}
