package org.newsum.internal.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Attaches provenance to summary sentences: besides the document a sentence was taken from,
 * the other documents that contain a sentence saying the same thing (content-term cosine at
 * or above a threshold), each with its closest such sentence, on the term vectors the analysis
 * built for selection.
 */
public final class Attribution {
  private final double minSimilarity;

  public Attribution(double minSimilarity) {
    this.minSimilarity = minSimilarity;
  }

  public List<SummarySentence> attribute(AnalyzedCluster cluster, List<Integer> ordered) {
    List<SummarySentence> out = new ArrayList<>(ordered.size());
    int documents = cluster.documentCount();
    double[] best = new double[documents];
    int[] bestSentence = new int[documents];
    for (int i : ordered) {
      Sentence chosen = cluster.sentence(i);
      TermVector v = cluster.contentTerms(i);
      List<String> alsoIn = new ArrayList<>();
      List<Sentence> alsoInSentences = new ArrayList<>();
      if (v.size() > 0) {
        // The closest sentence of every other document, if close enough; documents in order.
        Arrays.fill(best, -1);
        for (int j = 0; j < cluster.size(); j++) {
          int d = cluster.sentence(j).documentIndex();
          if (d != chosen.documentIndex()) {
            double similarity = v.cosine(cluster.contentTerms(j));
            if (similarity >= minSimilarity && similarity > best[d]) {
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
}
