package org.newsum.model;

import java.util.Objects;

/**
 * A sentence of a document, located by its character span so that attribution is exact.
 *
 * @param documentId id of the {@link Document} it comes from
 * @param documentIndex position of that document in its cluster
 * @param index position of the sentence within its document (0-based)
 * @param start offset of the first character in {@link Document#text()}
 * @param end offset after the last character
 * @param text the sentence text, equal to {@code document.text().substring(start, end)}
 */
public record Sentence(String documentId, int documentIndex, int index, int start, int end, String text) {
  public Sentence {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
