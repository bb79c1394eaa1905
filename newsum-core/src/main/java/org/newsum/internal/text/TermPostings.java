package org.newsum.internal.text;

import org.newsum.text.TermVector;

/**
 * An inverted index of term vectors: for each term id, the vectors that hold it with their
 * weights, so that the dot products of one vector with all of them visit only the vectors that
 * share a term with it. Products are added in ascending term order, as {@link TermVector#dot}
 * adds them, so each dot product is the same to the bit. Immutable after construction.
 */
public final class TermPostings {
  /** Term {@code t}'s postings are {@code [start[t], start[t + 1])}. */
  private final int[] start;
  private final int[] vector;
  private final double[] weight;

  /** The postings of {@code vectors}, whose term ids are below {@code termCount}. */
  public TermPostings(TermVector[] vectors, int termCount) {
    start = new int[termCount + 1];
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        start[v.termAt(k) + 1]++;
      }
    }
    for (int t = 0; t < termCount; t++) {
      start[t + 1] += start[t];
    }
    vector = new int[start[termCount]];
    weight = new double[vector.length];
    int[] next = new int[termCount];
    for (int i = 0; i < vectors.length; i++) {
      TermVector v = vectors[i];
      for (int k = 0; k < v.size(); k++) {
        int t = v.termAt(k);
        int at = start[t] + next[t]++;
        vector[at] = i;
        weight[at] = v.weightAt(k);
      }
    }
  }

  /**
   * Adds {@code a}'s dot product with every indexed vector that shares a term with it to {@code
   * dot} (by vector index); the others' entries are left as they are.
   */
  public void addDots(TermVector a, double[] dot) {
    for (int k = 0; k < a.size(); k++) {
      int t = a.termAt(k);
      double w = a.weightAt(k);
      for (int p = start[t], end = start[t + 1]; p < end; p++) {
        dot[vector[p]] += w * weight[p];
      }
    }
  }

  /**
   * {@link #addDots(TermVector, double[])}, with {@code dot} 0 for every vector before, also
   * appending to {@code touched} (from {@code count} on) each vector whose entry it makes non-zero,
   * in the order met: the vectors to read back without scanning them all. Returns the new count.
   */
  public int addDots(TermVector a, double[] dot, int[] touched, int count) {
    for (int k = 0; k < a.size(); k++) {
      int t = a.termAt(k);
      double w = a.weightAt(k);
      for (int p = start[t], end = start[t + 1]; p < end; p++) {
        int i = vector[p];
        if (dot[i] == 0) {
          touched[count++] = i;
        }
        dot[i] += w * weight[p];
      }
    }
    return count;
  }
}
