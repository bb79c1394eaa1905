package org.newsum.internal.stories;

import java.util.List;
import org.newsum.internal.text.IntList;

/**
 * The cosine of each article with its nearest other article, found through an inverted index:
 * every article is posted under its top {@code queryTerms} terms and looks up the same, so the cost
 * grows with the articles and their candidates, never all pairs; a posting list is read at most
 * {@value #MAX_SCAN} entries deep (its latest), which bounds the cost of a term shared by a large
 * part of the feed. The nearest neighbour's cosine measures how dense an article's neighbourhood
 * is: what {@link org.newsum.stories.StoryOptions#neighbourNorm} divides similarities by.
 */
final class NearestNeighbours {
  /** Entries of one posting list read at most per article (the most recently posted). */
  static final int MAX_SCAN = 256;

  private NearestNeighbours() {}

  /** Per article of {@code vectors} (unit vectors over term ids below {@code terms}): its largest cosine with another, 0 for none. */
  static double[] nearest(List<SparseVector> vectors, int terms, int queryTerms) {
    int n = vectors.size();
    IntList[] postings = new IntList[terms];
    int[][] queries = new int[n][];
    for (int i = 0; i < n; i++) {
      SparseVector v = vectors.get(i);
      queries[i] = SparseVector.top(v.ids(), v.weights(), v.size(), queryTerms).ids();
      for (int term : queries[i]) {
        if (postings[term] == null) {
          postings[term] = new IntList(4);
        }
        postings[term].add(i);
      }
    }
    double[] nearest = new double[n];
    double[] dense = new double[terms];
    int[] seen = new int[n];
    for (int i = 0; i < n; i++) {
      SparseVector v = vectors.get(i);
      for (int k = 0; k < v.size(); k++) {
        dense[v.ids()[k]] = v.weights()[k];
      }
      seen[i] = i + 1;
      double best = 0;
      for (int term : queries[i]) {
        IntList list = postings[term];
        for (int p = list.size() - 1; p >= Math.max(0, list.size() - MAX_SCAN); p--) {
          int j = list.get(p);
          if (seen[j] == i + 1) {
            continue;
          }
          seen[j] = i + 1;
          SparseVector u = vectors.get(j);
          double dot = 0;
          for (int k = 0; k < u.size(); k++) {
            dot += dense[u.ids()[k]] * u.weights()[k];
          }
          best = Math.max(best, dot);
        }
      }
      nearest[i] = best;
      for (int id : v.ids()) {
        dense[id] = 0;
      }
    }
    return nearest;
  }
}
