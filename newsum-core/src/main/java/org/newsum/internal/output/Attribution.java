package org.newsum.internal.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsum.internal.text.ScatteredTerms;
import org.newsum.internal.text.TermPostings;
import org.newsum.model.Document;
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

  /**
   * @param minSimilarity the cosine at which two sentences say the same; above 0, so that a
   *     sentence sharing no content term with the chosen one is never its closest
   */
  public Attribution(double minSimilarity) {
    if (!(minSimilarity > 0)) {
      throw new IllegalArgumentException("the similarity threshold must be above 0, got " + minSimilarity);
    }
    this.minSimilarity = minSimilarity;
  }

  public List<SummarySentence> attribute(AnalyzedCluster cluster, List<Integer> ordered) {
    List<SummarySentence> out = new ArrayList<>(ordered.size());
    int documents = cluster.documentCount();
    double[] best = new double[documents];
    int[] bestSentence = new int[documents];
    boolean distinctIds = distinctIds(cluster);
    // Only sentences that share a content term with the chosen one can say the same (the
    // threshold is above 0, and a shared count of 0 is below MIN_ANCHORS): the index gives their
    // dot products, each added in term order as the cosine adds it; the others' stay 0.
    TermPostings postings = null;
    double[] dot = null;
    ScatteredTerms chosenTerms = new ScatteredTerms();
    for (int i : ordered) {
      Sentence chosen = cluster.sentence(i);
      TermVector v = cluster.contentTerms(i);
      List<String> alsoIn = new ArrayList<>();
      List<Sentence> alsoInSentences = new ArrayList<>();
      if (v.size() > 0) {
        if (postings == null) {
          TermVector[] vectors = new TermVector[cluster.size()];
          for (int j = 0; j < vectors.length; j++) {
            vectors[j] = cluster.contentTerms(j);
          }
          postings = new TermPostings(vectors, cluster.vocabulary().size());
          dot = new double[vectors.length];
        }
        postings.addDots(v, dot);
        Arrays.fill(best, -1);
        // The closest sentence of every other document, if close enough (the earliest of equally
        // close ones); a document's sentences are consecutive, in document order.
        for (int d = 0, j = 0; d < documents; d++) {
          int end = j + cluster.documentSentenceCount(d);
          for (; j < end; j++) {
            if (dot[j] != 0 && d != chosen.documentIndex()) {
              double similarity = closeness(cluster, v, chosenTerms, d, j, dot[j]);
              if (similarity > best[d]) {
                best[d] = similarity;
                bestSentence[d] = j;
              }
            }
            dot[j] = 0;
          }
        }
        // Ids are deduplicated, should two documents share one.
        Set<String> ids = distinctIds ? null : new HashSet<>();
        for (int d = 0; d < documents; d++) {
          if (best[d] >= 0 && (distinctIds || ids.add(cluster.sentence(bestSentence[d]).documentId()))) {
            alsoIn.add(cluster.sentence(bestSentence[d]).documentId());
            alsoInSentences.add(cluster.sentence(bestSentence[d]));
          }
        }
      }
      out.add(new SummarySentence(chosen, alsoIn, alsoInSentences));
    }
    return out;
  }

  /** Whether no two documents of the cluster share an id (as in every cluster a reader accepts). */
  private static boolean distinctIds(AnalyzedCluster cluster) {
    Set<String> ids = new HashSet<>();
    for (Document d : cluster.cluster().documents()) {
      if (!ids.add(d.id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * How close sentence {@code j} of document {@code d} comes to the {@code chosen} sentence's
   * content terms ({@code dot} their dot product; scattered in {@code scattered} when first needed),
   * or -1 when it does not say the same: their cosine ({@link TermVector#cosine} to the bit), if it
   * reaches the threshold; or, for a document in another language, whose ordinary words differ,
   * the number of content terms they share if at least {@link #MIN_ANCHORS}, which across languages
   * are names, numbers and dates ("Hamburg", "Berlin", "20.000"). Compared only within one
   * document, so the two scales never meet.
   */
  private double closeness(AnalyzedCluster cluster, TermVector chosen, ScatteredTerms scattered, int d, int j,
      double dot) {
    TermVector other = cluster.contentTerms(j);
    if (cluster.isInSummaryLanguage(d)) {
      double cosine = dot / (chosen.norm() * other.norm());
      return cosine >= minSimilarity ? cosine : -1;
    }
    double anchors = scattered.of(chosen).shared(other);
    return anchors >= MIN_ANCHORS ? anchors : -1;
  }
}
