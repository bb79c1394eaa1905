package org.newsum.internal.summarizers;

import org.newsum.internal.text.ScatteredTerms;
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
  static final int SAME_FACT_SHARED = 7;

  private Redundancy() {}

  /** Whether sentences with content terms {@code a} and {@code b} repeat each other. */
  static boolean repeats(TermVector a, TermVector b, double maxSimilarity) {
    return a.cosine(b) >= maxSimilarity || statesSameFact(a, b);
  }

  /** {@link #repeats(TermVector, TermVector, double)} of the scattered vector and {@code b}, read against the scatter. */
  static boolean repeats(ScatteredTerms a, TermVector b, double maxSimilarity) {
    if (a.cosine(b) >= maxSimilarity) {
      return true;
    }
    int shorter = Math.min(a.vector().size(), b.size());
    return shorter >= SAME_FACT_SHARED && sameFact(a.shared(b), shorter);
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
