package org.newsum.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.LanguageDetector;

/**
 * The languages of a cluster: each document's (as declared, else detected from its title and
 * text) and the cluster's, which is the one a summary is written in.
 */
public final class ClusterLanguages {
  private ClusterLanguages() {}

  /**
   * The cluster with every document's language set: declared ones kept, the others detected
   * (each on its own; from the whole cluster's text when each alone is too short to tell).
   */
  public static Cluster withLanguages(Cluster cluster, LanguageDetector detector) {
    if (everyLanguageSet(cluster.documents())) {
      return cluster;
    }
    List<Document> docs = new ArrayList<>(cluster.documents().size());
    for (Document d : cluster.documents()) {
      docs.add(d.language() != null ? d : d.withLanguage(detector.detect(d.title(), d.text())));
    }
    if (docs.size() > 1 && docs.stream().allMatch(d -> d.language().equals(LanguageDetector.UNKNOWN))) {
      // each too short to tell: the cluster's text together may tell
      StringBuilder all = new StringBuilder();
      docs.forEach(d -> all.append(TitledText.of(d.title(), d.text())).append('\n'));
      String language = detector.detect(all);
      docs.replaceAll(d -> d.withLanguage(language));
    }
    return cluster.withDocuments(docs);
  }

  /** Whether every document has its language set (a loop: this runs on every cluster, twice). */
  private static boolean everyLanguageSet(List<Document> documents) {
    for (Document d : documents) {
      if (d.language() == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cluster's language: the most frequent among its documents' known languages, a tie going
   * to the language with more text, then to the earlier document's; {@link
   * LanguageDetector#UNKNOWN} when no document's language is known.
   */
  public static String majority(List<Document> documents) {
    Map<String, long[]> votes = new HashMap<>();
    String best = LanguageDetector.UNKNOWN;
    long[] bestVote = {0, 0};
    for (Document d : documents) {
      if (d.language() == null || d.language().equals(LanguageDetector.UNKNOWN)) {
        continue;
      }
      long[] vote = votes.computeIfAbsent(d.language(), k -> new long[2]);
      vote[0]++;
      vote[1] += d.text().length();
    }
    for (Document d : documents) {
      long[] vote = d.language() == null ? null : votes.get(d.language());
      if (vote != null && (vote[0] > bestVote[0] || vote[0] == bestVote[0] && vote[1] > bestVote[1])) {
        best = d.language();
        bestVote = vote;
      }
    }
    return best;
  }
}
