package org.newsum.text;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.newsum.internal.text.AscendingIds;

/**
 * A sparse vector over term ids: sorted ids with parallel weights, for fast dot products
 * (a merge over two sorted arrays, no hashing, no boxing). Immutable.
 */
public final class TermVector {
  /**
   * Most term ids a thread's {@link #CONTENT_TERMS} keeps room for once the cluster that needed more
   * is done (some 260 KB: a bit and a count per id).
   */
  private static final int KEPT_ID_LIMIT = 1 << 16;
  /**
   * Per thread, the set that counts a sentence's content terms for {@link #contentTermFrequencies}
   * (empty between calls). It grows to the vocabulary of the cluster at hand; a set grown past
   * {@link #KEPT_ID_LIMIT} is dropped for one sized to the vocabulary of the next smaller cluster,
   * so a thread does not hold on to the room one huge cluster needed.
   */
  private static final ThreadLocal<AscendingIds> CONTENT_TERMS = ThreadLocal.withInitial(() -> new AscendingIds(4096, true));

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

  /**
   * Term-frequency vector of the content (non-stop) terms of a sentence's term ids; {@link
   * AnalyzedCluster#contentTerms} keeps them, computed once per cluster.
   */
  public static TermVector contentTermFrequencies(int[] sentenceTerms, Vocabulary vocabulary) {
    AscendingIds kept = CONTENT_TERMS.get();
    AscendingIds terms = fitted(kept, vocabulary.size());
    if (terms != kept) {
      CONTENT_TERMS.set(terms);
    }
    terms.clear(); // empty unless an earlier call failed half-way (a term id outside the vocabulary)
    for (int t : sentenceTerms) {
      if (!vocabulary.isStopWord(t)) {
        terms.add(t);
      }
    }
    // counted before the arrays are made, so that they are made at their size (no copies)
    int[] ids = new int[terms.distinct()];
    double[] ws = new double[ids.length];
    terms.take(ids, ws);
    return new TermVector(ids, ws);
  }

  /**
   * {@code terms}, or a new set sized to a vocabulary of {@code vocabularySize} terms when {@code
   * terms} has grown past {@link #KEPT_ID_LIMIT} and this vocabulary fits below it. The set's
   * content does not outlive a call, so dropping it loses nothing.
   */
  static AscendingIds fitted(AscendingIds terms, int vocabularySize) {
    return terms.idLimit() > KEPT_ID_LIMIT && vocabularySize <= KEPT_ID_LIMIT
        ? new AscendingIds(vocabularySize, true) : terms;
  }

  /** Vector of a bag of term ids (repeats allowed), each occurrence weighted by {@code weight}. */
  public static TermVector ofTerms(int[] termIds, IntToDoubleFunction weight) {
    int[] terms = termIds.clone();
    Arrays.sort(terms);
    int[] ids = new int[terms.length];
    double[] ws = new double[terms.length];
    int k = -1;
    for (int t : terms) {
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

  /** A vector from strictly increasing term ids and their weights (both copied). */
  public static TermVector of(int[] ids, double[] weights) {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(ids.length + " ids but " + weights.length + " weights");
    }
    for (int k = 1; k < ids.length; k++) {
      if (ids[k] <= ids[k - 1]) {
        throw new IllegalArgumentException("term ids must be strictly increasing");
      }
    }
    return new TermVector(ids.clone(), weights.clone());
  }

  /** The non-zero entries of a dense weight array indexed by term id. */
  public static TermVector ofDense(double[] weightsById) {
    int nonZero = 0;
    for (double w : weightsById) {
      if (w != 0) {
        nonZero++;
      }
    }
    int[] ids = new int[nonZero];
    double[] ws = new double[nonZero];
    int k = 0;
    for (int t = 0; t < weightsById.length; t++) {
      if (weightsById[t] != 0) {
        ids[k] = t;
        ws[k++] = weightsById[t];
      }
    }
    return new TermVector(ids, ws);
  }

  /** The same terms, each with weight 1: a set of terms, whose dot product counts shared terms. */
  public TermVector indicator() {
    double[] ones = new double[ids.length];
    Arrays.fill(ones, 1.0);
    return new TermVector(ids, ones);
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

  /** The term id of the {@code k}-th entry, in increasing id order ({@code 0 <= k < size()}). */
  public int termAt(int k) {
    return ids[k];
  }

  /** The weight of the {@code k}-th entry. */
  public double weightAt(int k) {
    return weights[k];
  }

  /** The largest term id plus one, 0 when empty: the length of a dense array that can hold this vector. */
  public int idBound() {
    return ids.length == 0 ? 0 : ids[ids.length - 1] + 1;
  }
}
