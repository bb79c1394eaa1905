package org.newsum.model;

import java.util.List;

/**
 * The result of summarizing a cluster: ordered sentences with their sources, and the
 * provenance needed to reproduce it (method, budget, version, options).
 *
 * @param clusterId id of the summarized cluster
 * @param method name of the summarization method asked for (e.g. {@code default})
 * @param budget the length limit the summary respects
 * @param sentences the summary sentences in reading order
 * @param provenance the version, the method that actually selected, its options, and cleaning
 */
public record Summary(String clusterId, String method, Budget budget, List<SummarySentence> sentences,
    Provenance provenance) {
  public Summary {
    sentences = List.copyOf(sentences);
  }

  /** The sentence texts in order. */
  public List<String> texts() {
    return sentences.stream().map(SummarySentence::text).toList();
  }

  /** Number of whitespace-separated words, as ROUGE's {@code -l} counts them. */
  public int wordCount() {
    return sentences.stream().mapToInt(s -> Budget.countWords(s.text())).sum();
  }
}
