package org.newsum.internal.summarizers;

import org.newsum.text.TermVector;

/**
 * When a sentence repeats another: their content-term cosine reaches the method's threshold, or
 * they {@linkplain #statesSameFact state the same fact} in other words. Cosine alone misses a
 * paraphrase that adds a few words of its own ("The tribunal Monday acquitted a commander of war
 * crimes against prisoners, but convicted three underlings" against "The tribunal on Monday
 * convicted three prison guards, but acquitted a top commander"): the longer sentence dilutes
 * the shared terms, while nearly every content word of the shorter one is in the longer.
 */
final class Redundancy {
  /** Share of the shorter sentence's distinct content terms that the other must use. */
  static final double SAME_FACT_OVERLAP = 0.5;
  /** Fewest distinct content terms the two must share: names, numbers and the predicate at least. */
  static final int SAME_FACT_SHARED = 6;

  private Redundancy() {}

  /**
   * One sentence's content terms scattered by term id, to compare many others with it (as the
   * solver's conflict rows do) by reading only their own terms instead of merging two lists: the
   * same products added in the same term order, so the same cosine to the bit. Not thread-safe.
   */
  static final class Scattered {
    private double[] weight = new double[0];
    private boolean[] present = new boolean[0];
    private TermVector current;

    /** Scatters {@code a}, unless it is the vector already scattered; returns this. */
    Scattered of(TermVector a) {
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

    /** {@code current.cosine(b)}, bit for bit. */
    double cosine(TermVector b) {
      double denominator = current.norm() * b.norm();
      if (denominator == 0) {
        return 0;
      }
      // A term the scattered vector lacks adds 0.0 to a sum that is never -0.0: no change.
      double dot = 0;
      for (int k = 0, bound = Math.min(b.size(), indexBelow(b, weight.length)); k < bound; k++) {
        dot += weight[b.termAt(k)] * b.weightAt(k);
      }
      return dot / denominator;
    }

    /** {@link Redundancy#repeats} of the scattered vector and {@code b}. */
    boolean repeats(TermVector b, double maxSimilarity) {
      if (cosine(b) >= maxSimilarity) {
        return true;
      }
      int shorter = Math.min(current.size(), b.size());
      if (shorter < SAME_FACT_SHARED) {
        return false;
      }
      int shared = 0;
      for (int k = 0, bound = indexBelow(b, present.length); k < bound; k++) {
        shared += present[b.termAt(k)] ? 1 : 0;
      }
      return sameFact(shared, shorter);
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

  /** Whether sentences with content terms {@code a} and {@code b} repeat each other. */
  static boolean repeats(TermVector a, TermVector b, double maxSimilarity) {
    return a.cosine(b) >= maxSimilarity || statesSameFact(a, b);
  }

  /**
   * Whether at least {@link #SAME_FACT_SHARED} distinct content terms are shared and they make at
   * least {@link #SAME_FACT_OVERLAP} of the shorter sentence's (the overlap coefficient).
   */
  static boolean statesSameFact(TermVector a, TermVector b) {
    int shorter = Math.min(a.size(), b.size());
    if (shorter < SAME_FACT_SHARED) {
      return false;
    }
    int shared = 0;
    int x = 0;
    int y = 0;
    while (x < a.size() && y < b.size()) {
      int s = a.termAt(x);
      int t = b.termAt(y);
      if (s == t) {
        shared++;
        x++;
        y++;
      } else if (s < t) {
        x++;
      } else {
        y++;
      }
    }
    return sameFact(shared, shorter);
  }

  /** Whether {@code shared} distinct content terms state the same fact when the shorter sentence has {@code shorter}. */
  private static boolean sameFact(int shared, int shorter) {
    return shared >= SAME_FACT_SHARED && shared >= SAME_FACT_OVERLAP * shorter;
  }
}
