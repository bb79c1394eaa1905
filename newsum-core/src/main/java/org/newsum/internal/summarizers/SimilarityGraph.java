package org.newsum.internal.summarizers;

import java.util.Arrays;
import org.newsum.text.TermVector;

/**
 * A sparse weighted graph over sentences whose edges come from shared terms, and the
 * random-walk centrality (PageRank) that the graph-based methods rank sentences by.
 *
 * <p>Built through an inverted index: only pairs of sentences that share a term are ever
 * compared, and each pair's dot product is accumulated term by term, so building costs the
 * number of co-occurring pairs rather than n² similarity computations. Stored in compressed
 * rows (neighbour ids and weights in flat primitive arrays, neighbours in no particular
 * order). Immutable.
 */
final class SimilarityGraph {
  /** Turns the dot product of two sentence vectors into an edge weight; 0 or less means no edge. */
  @FunctionalInterface
  interface EdgeWeight {
    double weight(int i, int j, double dot);
  }

  private final int[] rowStart;
  private final int[] neighbours;
  private final double[] weights;

  private SimilarityGraph(int[] rowStart, int[] neighbours, double[] weights) {
    this.rowStart = rowStart;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /**
   * The graph whose edge {@code i–j} weighs {@code edgeWeight(i, j, vectors[i]·vectors[j])} for
   * every pair sharing a term. {@code selfLoops} adds each sentence's edge to itself (LexRank's
   * similarity matrix has them; TextRank's graph does not).
   */
  static SimilarityGraph build(TermVector[] vectors, boolean selfLoops, EdgeWeight edgeWeight) {
    int n = vectors.length;
    Postings postings = Postings.of(vectors);
    double[] dot = new double[n];
    boolean[] touched = new boolean[n];
    int[] touchedList = new int[n];
    int[] rowStart = new int[n + 1];
    IntArray neighbours = new IntArray();
    DoubleArray weights = new DoubleArray();
    for (int i = 0; i < n; i++) {
      TermVector v = vectors[i];
      int touchedCount = 0;
      for (int k = 0; k < v.size(); k++) {
        int term = v.termAt(k);
        double w = v.weightAt(k);
        int[] sentences = postings.sentences[term];
        double[] termWeights = postings.weights[term];
        for (int p = 0; p < sentences.length; p++) {
          int j = sentences[p];
          if (!touched[j]) {
            touched[j] = true;
            touchedList[touchedCount++] = j;
          }
          dot[j] += w * termWeights[p];
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int j = touchedList[t];
        if (j != i || selfLoops) {
          double weight = edgeWeight.weight(i, j, dot[j]);
          if (weight > 0) {
            neighbours.add(j);
            weights.add(weight);
          }
        }
        dot[j] = 0;
        touched[j] = false;
      }
      rowStart[i + 1] = neighbours.size();
    }
    return new SimilarityGraph(rowStart, neighbours.toArray(), weights.toArray());
  }

  /** The inverted index: for each term, the sentences containing it and its weight there. */
  private record Postings(int[][] sentences, double[][] weights) {
    static Postings of(TermVector[] vectors) {
      int bound = 0;
      for (TermVector v : vectors) {
        bound = Math.max(bound, v.idBound());
      }
      int[] length = new int[bound];
      for (TermVector v : vectors) {
        for (int k = 0; k < v.size(); k++) {
          length[v.termAt(k)]++;
        }
      }
      int[][] sentences = new int[bound][];
      double[][] weights = new double[bound][];
      for (int t = 0; t < bound; t++) {
        sentences[t] = new int[length[t]];
        weights[t] = new double[length[t]];
      }
      int[] fill = new int[bound];
      for (int j = 0; j < vectors.length; j++) {
        for (int k = 0; k < vectors[j].size(); k++) {
          int t = vectors[j].termAt(k);
          sentences[t][fill[t]] = j;
          weights[t][fill[t]++] = vectors[j].weightAt(k);
        }
      }
      return new Postings(sentences, weights);
    }
  }

  int size() {
    return rowStart.length - 1;
  }

  /** Number of stored (directed) edges. */
  int edgeCount() {
    return neighbours.length;
  }

  /** The weight of edge {@code i–j}, 0 when absent (a scan of row i: for inspection, not for hot loops). */
  double weight(int i, int j) {
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (neighbours[k] == j) {
        return weights[k];
      }
    }
    return 0;
  }

  /**
   * The stationary distribution of a random walk that follows an edge with probability
   * {@code damping} (choosing among a node's edges in proportion to their weights) and jumps to
   * a uniformly chosen node otherwise; a node without edges always jumps. Computed by power
   * iteration until the L1 change falls below {@code tolerance}. The graph is symmetric, so a
   * node's in-edges are its row. Scores sum to 1.
   */
  double[] pageRank(double damping, double tolerance, int maxIterations) {
    int n = size();
    if (n == 0) {
      return new double[0];
    }
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        rowSum[i] += weights[k];
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    double[] outShare = new double[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double danglingMass = 0;
      for (int i = 0; i < n; i++) {
        if (rowSum[i] > 0) {
          outShare[i] = rank[i] / rowSum[i];
        } else {
          outShare[i] = 0;
          danglingMass += rank[i];
        }
      }
      double base = (1 - damping) / n + damping * danglingMass / n;
      double change = 0;
      for (int j = 0; j < n; j++) {
        double in = 0;
        for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
          in += weights[k] * outShare[neighbours[k]];
        }
        next[j] = base + damping * in;
        change += Math.abs(next[j] - rank[j]);
      }
      double[] swap = rank;
      rank = next;
      next = swap;
      if (change < tolerance) {
        break;
      }
    }
    return rank;
  }

  /** A growable int array (no boxing). */
  private static final class IntArray {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A growable double array (no boxing). */
  private static final class DoubleArray {
    private double[] values = new double[64];
    private int size;

    void add(double value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    double[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
