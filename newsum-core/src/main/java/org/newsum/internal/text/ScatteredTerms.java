package org.newsum.internal.text;

import org.newsum.text.TermVector;

/**
 * One term vector's weights scattered by term id, to compare many others with it (the solver's
 * conflict rows, attribution's search for the same statement in other documents) by reading only
 * their own terms instead of merging two term lists: the same products are added in the same term
 * order, so the cosine is {@link TermVector#cosine}'s to the bit. Not thread-safe.
 */
public final class ScatteredTerms {
  private double[] weight = new double[0];
  private boolean[] present = new boolean[0];
  private TermVector current;

  /** Scatters {@code a}, unless it is the vector already scattered; returns this. */
  public ScatteredTerms of(TermVector a) {
    if (a == current) {
      return this;
    }
    if (current != null) {
      for (int k = 0; k < current.size(); k++) {
        weight[current.termAt(k)] = 0;
        present[current.termAt(k)] = false;
      }
    }
    if (weight.length < a.idBound()) {
      weight = new double[a.idBound()];
      present = new boolean[a.idBound()];
    }
    for (int k = 0; k < a.size(); k++) {
      weight[a.termAt(k)] = a.weightAt(k);
      present[a.termAt(k)] = true;
    }
    current = a;
    return this;
  }

  /** The vector scattered last. */
  public TermVector vector() {
    return current;
  }

  /** {@code vector().cosine(b)}, bit for bit. */
  public double cosine(TermVector b) {
    double denominator = current.norm() * b.norm();
    if (denominator == 0) {
      return 0;
    }
    // A term the scattered vector lacks adds 0.0 to a sum that is never -0.0: no change.
    double dot = 0;
    for (int k = 0, bound = indexBelow(b, weight.length); k < bound; k++) {
      dot += weight[b.termAt(k)] * b.weightAt(k);
    }
    return dot / denominator;
  }

  /** The number of distinct terms the scattered vector and {@code b} have in common. */
  public int shared(TermVector b) {
    int shared = 0;
    for (int k = 0, bound = indexBelow(b, present.length); k < bound; k++) {
      shared += present[b.termAt(k)] ? 1 : 0;
    }
    return shared;
  }

  /** The number of {@code b}'s terms (ascending ids) below {@code limit}. */
  private static int indexBelow(TermVector b, int limit) {
    int k = b.size();
    while (k > 0 && b.termAt(k - 1) >= limit) {
      k--;
    }
    return k;
  }
}
