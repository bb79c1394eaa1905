package org.newsum.text;

import java.util.Arrays;

/**
 * A sparse vector over term ids: sorted ids with parallel weights, for fast dot products
 * (a merge over two sorted arrays, no hashing, no boxing). Immutable.
 */
public final class TermVector {
  private final int[] ids;
  private final double[] weights;
  private final double norm;

  private TermVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /** Term-frequency vector of the content (non-stop) terms of sentence {@code i}. */
  public static TermVector contentTermFrequencies(AnalyzedCluster cluster, int i) {
    return weighted(cluster, i, id -> 1.0);
  }

  /** Vector of the content terms of sentence {@code i}, each occurrence weighted by {@code weight}. */
  public static TermVector weighted(AnalyzedCluster cluster, int i, java.util.function.IntToDoubleFunction weight) {
    int[] terms = cluster.terms(i).clone();
    Arrays.sort(terms);
    int[] ids = new int[terms.length];
    double[] ws = new double[terms.length];
    int k = -1;
    for (int t : terms) {
      if (cluster.vocabulary().isStopWord(t)) {
        continue;
      }
      if (k >= 0 && ids[k] == t) {
        ws[k] += weight.applyAsDouble(t);
      } else {
        k++;
        ids[k] = t;
        ws[k] = weight.applyAsDouble(t);
      }
    }
    return new TermVector(Arrays.copyOf(ids, k + 1), Arrays.copyOf(ws, k + 1));
  }

  public double dot(TermVector other) {
    double sum = 0;
    int a = 0;
    int b = 0;
    while (a < ids.length && b < other.ids.length) {
      int x = ids[a];
      int y = other.ids[b];
      if (x == y) {
        sum += weights[a++] * other.weights[b++];
      } else if (x < y) {
        a++;
      } else {
        b++;
      }
    }
    return sum;
  }

  /** Cosine similarity, 0 when either vector is empty. */
  public double cosine(TermVector other) {
    double denominator = norm * other.norm;
    return denominator == 0 ? 0 : dot(other) / denominator;
  }

  public double norm() {
    return norm;
  }

  /** Number of distinct terms. */
  public int size() {
    return ids.length;
  }
}
