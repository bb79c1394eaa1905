package org.newsum.internal.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsum.internal.text.ScatteredTerms;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Attaches provenance to summary sentences: besides the document a sentence was taken from,
 * the other documents that contain a sentence saying the same thing (content-term cosine at
 * or above a threshold; in a document of another language than the summary's, a sentence sharing
 * at least three content terms: names, numbers, dates, the words written alike across languages),
 * each with its closest such sentence, on the term vectors the analysis built for selection.
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
    int documents = cluster.documentCount();
    double[] best = new double[documents];
    int[] bestSentence = new int[documents];
    // The chosen sentence's weights by term id: each comparison then reads the other sentence's
    // terms once instead of merging two term lists.
    ScatteredTerms chosenTerms = new ScatteredTerms();
    for (int i : ordered) {
      Sentence chosen = cluster.sentence(i);
      TermVector v = cluster.contentTerms(i);
      List<String> alsoIn = new ArrayList<>();
      List<Sentence> alsoInSentences = new ArrayList<>();
      if (v.size() > 0) {
        // The closest sentence of every other document, if close enough; documents in order.
        Arrays.fill(best, -1);
        chosenTerms.of(v);
        for (int j = 0; j < cluster.size(); j++) {
          int d = cluster.sentence(j).documentIndex();
          if (d != chosen.documentIndex()) {
            double similarity = closeness(cluster, chosenTerms, d, j);
            if (similarity > best[d]) {
              best[d] = similarity;
              bestSentence[d] = j;
            }
          }
        }
        Set<String> ids = new HashSet<>();
        for (int d = 0; d < documents; d++) {
          // Ids are deduplicated, should two documents share one.
          if (best[d] >= 0 && ids.add(cluster.sentence(bestSentence[d]).documentId())) {
            alsoIn.add(cluster.sentence(bestSentence[d]).documentId());
            alsoInSentences.add(cluster.sentence(bestSentence[d]));
          }
        }
      }
      out.add(new SummarySentence(chosen, alsoIn, alsoInSentences));
    }
    return out;
  }

  /**
   * How close sentence {@code j} of document {@code d} comes to the chosen sentence (its content
   * terms scattered in {@code chosen}), or -1 when it does not say the same: their cosine, if it
   * reaches the threshold; or, for a document in another language, whose ordinary words differ,
   * the number of content terms they share if at least {@link #MIN_ANCHORS}, which across languages
   * are names, numbers and dates ("Hamburg", "Berlin", "20.000"). Compared only within one
   * document, so the two scales never meet.
   */
  private double closeness(AnalyzedCluster cluster, ScatteredTerms chosen, int d, int j) {
    TermVector other = cluster.contentTerms(j);
    if (cluster.isInSummaryLanguage(d)) {
      double cosine = chosen.cosine(other);
      return cosine >= minSimilarity ? cosine : -1;
    }
    double anchors = chosen.shared(other);
    return anchors >= MIN_ANCHORS ? anchors : -1;
  }
}
