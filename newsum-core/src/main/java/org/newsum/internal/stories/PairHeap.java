package org.newsum.internal.stories;

import java.util.Arrays;

/**
 * A max-heap of candidate pairs of stories in parallel primitive arrays, with the versions the
 * two stories had when the pair was pushed (a pair of a story that changed since is stale): by
 * score, ties to the smaller pair (so the merge order does not depend on the order pairs were
 * found).
 */
final class PairHeap {
  private double[] scores = new double[64];
  private int[] as = new int[64];
  private int[] bs = new int[64];
  private int[] versionsA = new int[64];
  private int[] versionsB = new int[64];
  private int size;

  int size() {
    return size;
  }

  int topA() {
    return as[0];
  }

  int topB() {
    return bs[0];
  }

  int topVersionA() {
    return versionsA[0];
  }

  int topVersionB() {
    return versionsB[0];
  }

  void push(double score, int a, int b, int versionA, int versionB) {
    if (size == scores.length) {
      int capacity = 2 * size;
      scores = Arrays.copyOf(scores, capacity);
      as = Arrays.copyOf(as, capacity);
      bs = Arrays.copyOf(bs, capacity);
      versionsA = Arrays.copyOf(versionsA, capacity);
      versionsB = Arrays.copyOf(versionsB, capacity);
    }
    set(size, score, Math.min(a, b), Math.max(a, b), a < b ? versionA : versionB, a < b ? versionB : versionA);
    int k = size++;
    while (k > 0 && before(k, (k - 1) / 2)) {
      swap(k, (k - 1) / 2);
      k = (k - 1) / 2;
    }
  }

  void pop() {
    size--;
    swap(0, size);
    int k = 0;
    while (true) {
      int child = 2 * k + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && before(child + 1, child)) {
        child++;
      }
      if (!before(child, k)) {
        return;
      }
      swap(k, child);
      k = child;
    }
  }

  private boolean before(int i, int j) {
    return scores[i] > scores[j] || scores[i] == scores[j] && (as[i] < as[j] || as[i] == as[j] && bs[i] < bs[j]);
  }

  private void set(int k, double score, int a, int b, int versionA, int versionB) {
    scores[k] = score;
    as[k] = a;
    bs[k] = b;
    versionsA[k] = versionA;
    versionsB[k] = versionB;
  }

  private void swap(int i, int j) {
    double score = scores[i];
    int a = as[i];
    int b = bs[i];
    int versionA = versionsA[i];
    int versionB = versionsB[i];
    set(i, scores[j], as[j], bs[j], versionsA[j], versionsB[j]);
    set(j, score, a, b, versionA, versionB);
  }
}
