package org.newsum.internal.stories;

import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.IntList;

/**
 * Each article's nearest other articles by cosine, found through an inverted index: every article
 * is posted under its top {@code queryTerms} terms and looks up the same, so the cost grows with
 * the articles and their candidates, never all pairs; an article reads at most {@value
 * #MAX_POSTINGS} postings, split evenly over its query terms (each list read from its latest
 * entry), which bounds the cost of a term shared by a large part of the feed and keeps the cost
 * per article the same whether it looks up 10 terms or 30. The nearest neighbour's cosine measures how dense an article's neighbourhood is (what
 * {@link org.newsum.stories.StoryOptions#neighbourNorm} divides similarities by); the lists of the
 * nearest few say which articles two articles both resemble ({@link
 * org.newsum.stories.StoryOptions#sharedNeighbours}).
 *
 * @param nearest per article, its largest cosine with another, 0 for none
 * @param lists per article, the indices of its up to {@code k} nearest other articles (cosine above
 *     0, most similar first, ties to the smaller index), sorted by index
 * @param ranked per article, the same indices most similar first
 * @param cosines per article, the cosines of {@code ranked}, in its order
 */
record NearestNeighbours(double[] nearest, int[][] lists, int[][] ranked, double[][] cosines) {
  /** Postings read at most per article, over all its query terms (the most recently posted of each list). */
  static final int MAX_POSTINGS = 2560;

  /** The neighbours of each of {@code vectors} (unit vectors over term ids below {@code terms}), up to {@code k} listed. */
  static NearestNeighbours find(List<SparseVector> vectors, int terms, int queryTerms, int k) {
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
    int[][] lists = new int[n][];
    int[][] ranked = new int[n][];
    double[][] cosines = new double[n][];
    int scan = Math.max(1, MAX_POSTINGS / queryTerms);
    double[] dense = new double[terms];
    int[] seen = new int[n];
    int[] bestIds = new int[k];
    double[] bestCosines = new double[k];
    for (int i = 0; i < n; i++) {
      SparseVector v = vectors.get(i);
      for (int x = 0; x < v.size(); x++) {
        dense[v.ids()[x]] = v.weights()[x];
      }
      seen[i] = i + 1;
      double best = 0;
      int kept = 0;
      for (int term : queries[i]) {
        IntList list = postings[term];
        for (int p = list.size() - 1; p >= Math.max(0, list.size() - scan); p--) {
          int j = list.get(p);
          if (seen[j] == i + 1) {
            continue;
          }
          seen[j] = i + 1;
          SparseVector u = vectors.get(j);
          double dot = 0;
          for (int x = 0; x < u.size(); x++) {
            dot += dense[u.ids()[x]] * u.weights()[x];
          }
          best = Math.max(best, dot);
          if (dot > 0 && k > 0) {
            kept = keep(bestIds, bestCosines, kept, j, dot);
          }
        }
      }
      nearest[i] = best;
      ranked[i] = Arrays.copyOf(bestIds, kept);
      cosines[i] = Arrays.copyOf(bestCosines, kept);
      lists[i] = ranked[i].clone();
      Arrays.sort(lists[i]);
      for (int id : v.ids()) {
        dense[id] = 0;
      }
    }
    return new NearestNeighbours(nearest, lists, ranked, cosines);
  }

  /**
   * Inserts {@code j} with {@code cosine} into the best-first arrays holding {@code kept} entries
   * (at most their length: the worst drops out) and returns the entries now held.
   */
  private static int keep(int[] ids, double[] cosines, int kept, int j, double cosine) {
    int at = kept;
    while (at > 0 && (cosines[at - 1] < cosine || cosines[at - 1] == cosine && ids[at - 1] > j)) {
      at--;
    }
    if (at == ids.length) {
      return kept;
    }
    int held = Math.min(kept + 1, ids.length);
    System.arraycopy(ids, at, ids, at + 1, held - 1 - at);
    System.arraycopy(cosines, at, cosines, at + 1, held - 1 - at);
    ids[at] = j;
    cosines[at] = cosine;
    return held;
  }
}
