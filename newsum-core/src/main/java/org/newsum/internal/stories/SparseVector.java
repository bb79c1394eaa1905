package org.newsum.internal.stories;

import java.util.Arrays;

/**
 * A sparse vector over term ids: strictly increasing ids with parallel weights, primitive arrays
 * only. Article vectors and story centroids; the arrays are owned, never shared.
 */
record SparseVector(int[] ids, double[] weights) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  int size() {
    return ids.length;
  }

  double norm() {
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /**
   * The {@code keep} largest of {@code weights[0, count)} (ties to the smaller id) with their
   * {@code ids}, sorted by id and scaled to unit length; empty when all weights are 0.
   */
  static SparseVector topUnit(int[] ids, double[] weights, int count, int keep) {
    SparseVector top = top(ids, weights, count, keep);
    double norm = top.norm();
    if (norm == 0) {
      return EMPTY;
    }
    for (int k = 0; k < top.weights.length; k++) {
      top.weights[k] /= norm;
    }
    return top;
  }

  /** The {@code keep} largest positive weights of {@code weights[0, count)} with their ids, sorted by id. */
  static SparseVector top(int[] ids, double[] weights, int count, int keep) {
    int[] order = new int[count];
    int positive = 0;
    for (int k = 0; k < count; k++) {
      if (weights[k] > 0) {
        order[positive++] = k;
      }
    }
    int kept = Math.min(keep, positive);
    if (kept < positive) {
      sortByWeight(order, positive, ids, weights);
    }
    // the kept positions, sorted by term id (id in the high half, position in the low half)
    long[] packed = new long[kept];
    for (int k = 0; k < kept; k++) {
      packed[k] = (long) ids[order[k]] << 32 | order[k];
    }
    Arrays.sort(packed);
    int[] outIds = new int[kept];
    double[] outWeights = new double[kept];
    for (int k = 0; k < kept; k++) {
      int position = (int) packed[k];
      outIds[k] = ids[position];
      outWeights[k] = weights[position];
    }
    return new SparseVector(outIds, outWeights);
  }

  /** Sorts {@code order[0, n)} (positions) by weight descending, then id ascending: a heap sort, no boxing. */
  private static void sortByWeight(int[] order, int n, int[] ids, double[] weights) {
    for (int k = n / 2 - 1; k >= 0; k--) {
      siftDown(order, k, n, ids, weights);
    }
    for (int end = n - 1; end > 0; end--) {
      int t = order[0];
      order[0] = order[end];
      order[end] = t;
      siftDown(order, 0, end, ids, weights);
    }
  }

  /** Heap order puts the "least wanted" at the root so that the heap sort leaves the best first. */
  private static void siftDown(int[] heap, int k, int n, int[] ids, double[] weights) {
    while (true) {
      int child = 2 * k + 1;
      if (child >= n) {
        return;
      }
      if (child + 1 < n && worse(heap[child + 1], heap[child], ids, weights)) {
        child++;
      }
      if (!worse(heap[child], heap[k], ids, weights)) {
        return;
      }
      int t = heap[k];
      heap[k] = heap[child];
      heap[child] = t;
      k = child;
    }
  }

  private static boolean worse(int a, int b, int[] ids, double[] weights) {
    return weights[a] < weights[b] || weights[a] == weights[b] && ids[a] > ids[b];
  }

  /** This vector times {@code factor}. */
  SparseVector times(double factor) {
    double[] out = new double[weights.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = weights[k] * factor;
    }
    return new SparseVector(ids.clone(), out);
  }

  /** {@code this + other}, both sorted by id: a merge. */
  SparseVector plus(SparseVector other) {
    int[] outIds = new int[ids.length + other.ids.length];
    double[] outWeights = new double[outIds.length];
    int a = 0;
    int b = 0;
    int n = 0;
    while (a < ids.length || b < other.ids.length) {
      if (b == other.ids.length || a < ids.length && ids[a] < other.ids[b]) {
        outIds[n] = ids[a];
        outWeights[n++] = weights[a++];
      } else if (a == ids.length || other.ids[b] < ids[a]) {
        outIds[n] = other.ids[b];
        outWeights[n++] = other.weights[b++];
      } else {
        outIds[n] = ids[a];
        outWeights[n++] = weights[a++] + other.weights[b++];
      }
    }
    return new SparseVector(Arrays.copyOf(outIds, n), Arrays.copyOf(outWeights, n));
  }
}
