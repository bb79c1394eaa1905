package org.newsum.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a summary was made, enough to reproduce it: the newsum version, the method that actually
 * selected the sentences with its effective options, whether cleaning ran, and how many
 * documents of history (already read) the summary was told not to repeat.
 *
 * @param version the newsum version that made the summary
 * @param method the method that selected the sentences: the one asked for, or for {@code default}
 *     the one it chose for this cluster
 * @param reason why {@code method} was chosen (e.g. {@code "generic cluster of 2 documents (at
 *     most 3)"}); empty when it was asked for by name
 * @param options the selecting method's options by name, as {@code --set name=value} takes them
 *     (empty for a summarizer outside the registry)
 * @param cleaned whether page furniture was removed before analysis
 * @param historyDocuments number of history documents (already read) the summary took into
 *     account; 0 for an ordinary summary
 * @param language the language of the summary, the cluster's (ISO 639-1, {@code "und"} when not known)
 * @param documentLanguages each document's language (declared or detected) by document id, in cluster order
 */
public record Provenance(String version, String method, String reason, Map<String, Number> options, boolean cleaned,
    int historyDocuments, String language, Map<String, String> documentLanguages) {
  /** The code of a language not known. */
  public static final String UNKNOWN_LANGUAGE = "und";

  public Provenance {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    language = language == null ? UNKNOWN_LANGUAGE : language;
    documentLanguages = Collections.unmodifiableMap(new LinkedHashMap<>(documentLanguages));
  }

  /** The provenance of a summary without history, whose languages are not known. */
  public Provenance(String version, String method, String reason, Map<String, Number> options, boolean cleaned) {
    this(version, method, reason, options, cleaned, 0, UNKNOWN_LANGUAGE, Map.of());
  }

  /** The distinct languages of the documents, in order of first appearance. */
  public List<String> languages() {
    return documentLanguages.values().stream().distinct().toList();
  }
}
