package org.newsum.internal.summarizers;

import java.util.Arrays;
import org.newsum.text.TermVector;

/**
 * A sparse weighted graph over sentences whose edges come from shared terms, and the
 * random-walk centrality (PageRank) that the graph-based methods rank sentences by.
 *
 * <p>Built through an inverted index: only pairs of sentences that share a term are ever
 * compared, and each pair's dot product is accumulated term by term. Stored in compressed rows
 * (neighbour ids and weights in flat primitive arrays). Immutable.
 *
 * <p>Building costs the number of co-occurring pairs, {@code Σ_t (sentences containing t)²},
 * which grows with the square of the input when common terms recur in a fraction of all
 * sentences (one long document). Within {@link Limits#exactPairs()} pairs (every benchmark
 * cluster, by a wide margin) the graph is exact: every pair sharing a term. Beyond it the graph is
 * sparsified so that time and memory stay linear in the input: terms in more sentences than a
 * cut-off are not followed to find neighbours (the cut-off is the largest that keeps the pairs
 * visited within {@link Limits#pairsPerEntry()} per vector entry); each sentence keeps its
 * {@link Limits#maxNeighbours()} heaviest edges, whose weights include the frequent terms
 * (added back for the best candidates only); and the kept edges are made symmetric.
 */
final class SimilarityGraph {
  /** Turns the dot product of two sentence vectors into an edge weight; 0 or less means no edge. */
  @FunctionalInterface
  interface EdgeWeight {
    double weight(int i, int j, double dot);
  }

  /**
   * When and how the graph is sparsified: exact while the co-occurring pairs are at most
   * {@code exactPairs}; otherwise at most {@code max(exactPairs, pairsPerEntry · entries)} pairs
   * are visited and each sentence keeps its {@code maxNeighbours} heaviest edges (a hub may gain
   * more from the symmetric closure; the total stays at most twice that per sentence).
   */
  record Limits(long exactPairs, int pairsPerEntry, int maxNeighbours) {
    /** 2²¹ pairs: a few MB of edges; the largest benchmark cluster (DUC 2006) has 0.6 M. */
    static final Limits DEFAULT = new Limits(1L << 21, 32, 50);
  }

  private final int[] rowStart;
  private final int[] neighbours;
  private final double[] weights;

  private SimilarityGraph(int[] rowStart, int[] neighbours, double[] weights) {
    this.rowStart = rowStart;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /** {@link #build(TermVector[], boolean, EdgeWeight, Limits)} with {@link Limits#DEFAULT}. */
  static SimilarityGraph build(TermVector[] vectors, boolean selfLoops, EdgeWeight edgeWeight) {
    return build(vectors, selfLoops, edgeWeight, Limits.DEFAULT);
  }

  /**
   * The graph whose edge {@code i–j} weighs {@code edgeWeight(i, j, vectors[i]·vectors[j])} for
   * every pair sharing a term, sparsified beyond {@code limits} (see the class comment).
   * {@code selfLoops} adds each sentence's edge to itself (LexRank's similarity matrix has them;
   * TextRank's graph does not). {@code edgeWeight} must be symmetric.
   */
  static SimilarityGraph build(TermVector[] vectors, boolean selfLoops, EdgeWeight edgeWeight, Limits limits) {
    int n = vectors.length;
    Postings postings = Postings.of(vectors);
    boolean exact = postings.pairsWithin(Integer.MAX_VALUE) <= limits.exactPairs();
    int maxPosting = exact ? Integer.MAX_VALUE
        : postings.longestWithin(Math.max(limits.exactPairs(), limits.pairsPerEntry() * postings.entries()));
    int maxNeighbours = exact ? Integer.MAX_VALUE : limits.maxNeighbours();
    double[] dot = new double[n];
    boolean[] touched = new boolean[n];
    int[] touchedList = new int[n];
    double[] score = new double[n];
    // Sentence i's weights of the terms not followed, by term id (0 elsewhere).
    double[] frequentWeight = new double[exact ? 0 : postings.sentences.length];
    int[] rowStart = new int[n + 1];
    // Sparse rows keep at most maxNeighbours edges (the last one holds up to twice that before it
    // is cut): allocated once, not grown by copying.
    int capacity = exact ? 64 : (int) Math.min(Integer.MAX_VALUE - 8, (long) (n + 1) * maxNeighbours);
    IntArray neighbours = new IntArray(capacity);
    DoubleArray weights = new DoubleArray(capacity);
    for (int i = 0; i < n; i++) {
      TermVector v = vectors[i];
      int touchedCount = 0;
      if (!exact && selfLoops) {
        touched[i] = true; // its own terms may all be too frequent to be followed
        touchedList[touchedCount++] = i;
      }
      for (int k = 0; k < v.size(); k++) {
        int term = v.termAt(k);
        int[] sentences = postings.sentences[term];
        if (sentences.length > maxPosting) {
          continue;
        }
        double w = v.weightAt(k);
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
      int candidates = touchedCount;
      if (!exact) {
        for (int t = 0; t < touchedCount; t++) {
          score[t] = dot[touchedList[t]];
        }
        candidates = TopScores.keepLargest(touchedList, score, 0, touchedCount, 2 * maxNeighbours);
      }
      boolean frequent = !exact && postings.scatterFrequent(v, maxPosting, frequentWeight);
      int row = neighbours.size();
      for (int t = 0; t < touchedCount; t++) {
        int j = touchedList[t];
        if (t < candidates && (j != i || selfLoops)) {
          double d = frequent ? dot[j] + dot(frequentWeight, vectors[j]) : dot[j];
          double weight = edgeWeight.weight(i, j, d);
          if (weight > 0) {
            neighbours.add(j);
            weights.add(weight);
          }
        }
        dot[j] = 0;
        touched[j] = false;
      }
      if (frequent) {
        for (int k = 0; k < v.size(); k++) {
          frequentWeight[v.termAt(k)] = 0;
        }
      }
      if (!exact) {
        int kept = TopScores.keepLargest(neighbours.values, weights.values, row, neighbours.size() - row, maxNeighbours);
        neighbours.truncate(row + kept);
        weights.truncate(row + kept);
      }
      rowStart[i + 1] = neighbours.size();
    }
    return exact ? new SimilarityGraph(rowStart, neighbours.toArray(), weights.toArray())
        : symmetricClosure(rowStart, neighbours.values, weights.values);
  }

  /**
   * The graph with edge {@code i–j} wherever row {@code i} has {@code j} or row {@code j} has
   * {@code i} (once; its weight from either row, which agree up to rounding), rows sorted by
   * neighbour: the random walk needs a symmetric graph.
   */
  private static SimilarityGraph symmetricClosure(int[] rowStart, int[] neighbours, double[] weights) {
    int n = rowStart.length - 1;
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        start[i + 1]++;
        start[neighbours[k] + 1]++;
      }
    }
    int widest = 0;
    for (int i = 0; i < n; i++) {
      widest = Math.max(widest, start[i + 1]);
      start[i + 1] += start[i];
    }
    int[] closed = new int[start[n]];
    double[] closedWeights = new double[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int j = neighbours[k];
        closed[fill[i]] = j;
        closedWeights[fill[i]++] = weights[k];
        closed[fill[j]] = i;
        closedWeights[fill[j]++] = weights[k];
      }
    }
    // Sort each row by neighbour (keys: neighbour << 32 | offset in the row) and drop repeats,
    // compacting the rows in place.
    long[] keys = new long[widest];
    double[] rowWeights = new double[widest];
    int[] closedStart = new int[n + 1];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int from = start[i];
      int width = start[i + 1] - from;
      for (int k = 0; k < width; k++) {
        keys[k] = (long) closed[from + k] << 32 | k;
        rowWeights[k] = closedWeights[from + k];
      }
      Arrays.sort(keys, 0, width);
      int previous = -1;
      for (int k = 0; k < width; k++) {
        int j = (int) (keys[k] >>> 32);
        if (j != previous) {
          closed[size] = j;
          closedWeights[size++] = rowWeights[(int) keys[k]];
          previous = j;
        }
      }
      closedStart[i + 1] = size;
    }
    // Not trimmed: rows are read through closedStart only, and a copy would double the peak.
    return new SimilarityGraph(closedStart, closed, closedWeights);
  }

  /** The inverted index: for each term, the sentences containing it and its weight there. */
  private record Postings(int[][] sentences, double[][] weights, long entries) {
    static Postings of(TermVector[] vectors) {
      int bound = 0;
      for (TermVector v : vectors) {
        bound = Math.max(bound, v.idBound());
      }
      int[] length = new int[bound];
      long entries = 0;
      for (TermVector v : vectors) {
        for (int k = 0; k < v.size(); k++) {
          length[v.termAt(k)]++;
        }
        entries += v.size();
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
      return new Postings(sentences, weights, entries);
    }

    /** The pairs visited when following every posting list of at most {@code maxLength} sentences. */
    long pairsWithin(int maxLength) {
      long pairs = 0;
      for (int[] s : sentences) {
        if (s.length <= maxLength) {
          pairs += (long) s.length * s.length;
        }
      }
      return pairs;
    }

    /** The longest posting-list length such that following all lists up to it visits at most {@code budget} pairs. */
    int longestWithin(long budget) {
      int longest = 0;
      for (int[] s : sentences) {
        longest = Math.max(longest, s.length);
      }
      long[] pairsOfLength = new long[longest + 1];
      for (int[] s : sentences) {
        pairsOfLength[s.length] += (long) s.length * s.length;
      }
      long pairs = 0;
      for (int length = 1; length <= longest; length++) {
        pairs += pairsOfLength[length];
        if (pairs > budget) {
          return length - 1;
        }
      }
      return longest;
    }

    /**
     * Sets {@code weights[t]} to {@code v}'s weight of each of its terms in more than
     * {@code maxPosting} sentences (not followed); returns whether there was any.
     */
    boolean scatterFrequent(TermVector v, int maxPosting, double[] weights) {
      boolean any = false;
      for (int k = 0; k < v.size(); k++) {
        if (sentences[v.termAt(k)].length > maxPosting) {
          weights[v.termAt(k)] = v.weightAt(k);
          any = true;
        }
      }
      return any;
    }
  }

  /** The dot product of a dense vector (indexed by term id) with {@code v}. */
  private static double dot(double[] dense, TermVector v) {
    double sum = 0;
    for (int k = 0; k < v.size(); k++) {
      sum += dense[v.termAt(k)] * v.weightAt(k);
    }
    return sum;
  }

  int size() {
    return rowStart.length - 1;
  }

  /** Number of stored (directed) edges. */
  int edgeCount() {
    return rowStart[size()];
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
    private int[] values;
    private int size;

    IntArray(int capacity) {
      values = new int[Math.max(1, capacity)];
    }

    void truncate(int newSize) {
      size = newSize;
    }

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
    private double[] values;
    private int size;

    DoubleArray(int capacity) {
      values = new double[Math.max(1, capacity)];
    }

    void truncate(int newSize) {
      size = newSize;
    }

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
