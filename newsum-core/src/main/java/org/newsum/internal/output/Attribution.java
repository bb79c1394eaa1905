package org.newsum.internal.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Attaches provenance to summary sentences: besides the document a sentence was taken from,
 * the other documents that contain a sentence saying the same thing (content-term cosine at
 * or above a threshold), on the term vectors the analysis built for selection; in a document of
 * another language than the summary's, a sentence sharing at least three content terms (names,
 * numbers, dates: the words written alike across languages).
 */
public final class Attribution {
  /** Content terms a sentence in another language must share with the chosen one to say the same. */
  static final int MIN_ANCHORS = 3;

  private final double minSimilarity;

  public Attribution(double minSimilarity) {
    this.minSimilarity = minSimilarity;
  }

  public List<SummarySentence> attribute(AnalyzedCluster cluster, List<Integer> ordered) {
    List<SummarySentence> out = new ArrayList<>(ordered.size());
    for (int i : ordered) {
      Sentence chosen = cluster.sentence(i);
      TermVector v = cluster.contentTerms(i);
      Set<String> alsoIn = new LinkedHashSet<>();
      if (v.size() > 0) {
        // Documents found already, by index: a cheap test before the cosine (ids are still
        // deduplicated by the set, should two documents share one).
        boolean[] found = new boolean[cluster.documentCount()];
        for (int j = 0; j < cluster.size(); j++) {
          Sentence other = cluster.sentence(j);
          int d = other.documentIndex();
          if (d != chosen.documentIndex() && !found[d] && saysTheSame(cluster, v, d, j)) {
            found[d] = true;
            alsoIn.add(other.documentId());
          }
        }
      }
      out.add(new SummarySentence(chosen, List.copyOf(alsoIn)));
    }
    return out;
  }

  /**
   * Whether sentence {@code j} of document {@code d} says what the chosen sentence (content terms
   * {@code v}) says: their cosine reaches the threshold; or, for a document in another language,
   * whose ordinary words differ, they share {@link #MIN_ANCHORS} content terms, which across
   * languages are names, numbers and dates ("Hamburg", "Berlin", "20.000").
   */
  private boolean saysTheSame(AnalyzedCluster cluster, TermVector v, int d, int j) {
    TermVector other = cluster.contentTerms(j);
    if (cluster.isInSummaryLanguage(d)) {
      return v.cosine(other) >= minSimilarity;
    }
    return v.indicator().dot(other.indicator()) >= MIN_ANCHORS;
  }
}
