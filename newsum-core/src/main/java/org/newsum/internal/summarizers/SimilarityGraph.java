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
 * sparse and local, so that the work and the memory touched per sentence are bounded whatever
 * the input's size: each sentence looks for neighbours only among the sentences at most
 * {@link Limits#window()} positions away (in a long document its context, in a large cluster
 * the documents next to its own); a term found in more than {@link Limits#maxPostings()} of
 * those is not followed to find neighbours (when that leaves a sentence fewer candidates than
 * twice the neighbours it may keep, the nearest sentences are candidates too); each sentence
 * keeps its {@link Limits#maxNeighbours()} heaviest edges, whose weights include the terms not
 * followed (added back for the best candidates only); and the kept edges are made symmetric.
 * Random walks still cross the whole input through the overlapping windows.
 */
final class SimilarityGraph {
  /** Turns the dot product of two sentence vectors into an edge weight; 0 or less means no edge. */
  @FunctionalInterface
  interface EdgeWeight {
    double weight(int i, int j, double dot);
  }

  /**
   * When and how the graph is sparsified: exact while the co-occurring pairs are at most
   * {@code exactPairs}; otherwise sentence {@code i}'s neighbours are sought among sentences
   * {@code i - window} to {@code i + window}, following only the terms found in at most
   * {@code maxPostings} of them, and each sentence keeps its {@code maxNeighbours} heaviest edges
   * (a hub may gain more from the symmetric closure; the total stays at most twice that per
   * sentence). Per sentence of {@code m} terms, building visits at most
   * {@code m · maxPostings + 2 · maxNeighbours} pairs, all within {@code 2 · window + 1}
   * consecutive sentences (a working set that stays in the CPU's caches however long the input).
   */
  record Limits(long exactPairs, int maxPostings, int maxNeighbours, int window) {
    /**
     * 2²¹ pairs: a few MB of edges; the largest benchmark cluster (DUC 2006) has 0.6 M. A window
     * of 2 · 2,048 + 1 sentences: their vectors (about 200 bytes each) fit a 1 MB L2 cache, and the
     * windows are full from about 0.5 MB of text on.
     */
    static final Limits DEFAULT = new Limits(1L << 21, 64, 50, 2048);
  }

  private final int[] rowStart;
  private final int[] neighbours;
  /** Edge weights, parallel to {@link #neighbours}; null when every edge weighs 1 (thresholded LexRank). */
  private final double[] weights;

  /**
   * Drops {@code weights} when they are all 1, so that PageRank streams 4 bytes per edge instead of
   * 12 (its iterations read every edge; at 1.0 the products are unchanged).
   */
  private SimilarityGraph(int[] rowStart, int[] neighbours, double[] weights) {
    this.rowStart = rowStart;
    this.neighbours = neighbours;
    this.weights = allOnes(weights, rowStart[rowStart.length - 1]) ? null : weights;
  }

  private static boolean allOnes(double[] weights, int count) {
    for (int k = 0; k < count; k++) {
      if (weights[k] != 1) {
        return false;
      }
    }
    return true;
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
    boolean exact = cooccurringPairs(vectors) <= limits.exactPairs();
    int window = exact ? n : limits.window();
    int maxPostings = exact ? Integer.MAX_VALUE : limits.maxPostings();
    int maxNeighbours = exact ? Integer.MAX_VALUE : limits.maxNeighbours();
    // Sentences are taken in blocks, each with an index of the sentences within a window of it.
    int block = (int) Math.max(1, Math.min(n, 2L * window));
    WindowIndex index = new WindowIndex(vectors);
    double[] dot = new double[n];
    boolean[] touched = new boolean[n];
    int[] touchedList = new int[n];
    double[] score = new double[n];
    int[] rowStart = new int[n + 1];
    // Sparse rows keep at most maxNeighbours edges (the last one holds up to twice that before it
    // is cut): allocated once, not grown by copying.
    int capacity = exact ? 64 : (int) Math.min(Integer.MAX_VALUE - 8, (long) (n + 1) * maxNeighbours);
    IntArray neighbours = new IntArray(capacity);
    DoubleArray weights = new DoubleArray(capacity);
    for (int blockStart = 0; blockStart < n; blockStart += block) {
      int blockEnd = (int) Math.min(n, (long) blockStart + block);
      index.cover((int) Math.max(0, (long) blockStart - window), (int) Math.min(n, (long) blockEnd + window));
      int[] postingStart = index.postingStart;
      int[] postingSentence = index.postingSentence;
      double[] postingWeight = index.postingWeight;
      int[] first = index.first;
      int[] end = index.end;
      double[] frequentWeight = index.frequentWeight;
      for (int i = blockStart; i < blockEnd; i++) {
        long low = (long) i - window;
        long high = (long) i + window;
        int touchedCount = 0;
        if (!exact && selfLoops) {
          touched[i] = true; // its own terms may all be too frequent to be followed
          touchedList[touchedCount++] = i;
        }
        boolean frequent = false;
        int rowFrom = index.rowStart(i);
        int rowTo = index.rowStart(i + 1);
        for (int k = rowFrom; k < rowTo; k++) {
          int term = index.rowTerm[k];
          int from = first[term];
          while (postingSentence[from] < low) {
            from++; // stops at i at the latest: i contains the term
          }
          int to = Math.max(end[term], from);
          int stop = postingStart[term + 1];
          while (to < stop && postingSentence[to] <= high) {
            to++;
          }
          first[term] = from;
          end[term] = to;
          double w = index.rowWeight[k];
          if (to - from > maxPostings) {
            frequentWeight[term] = w;
            frequent = true;
            continue;
          }
          for (int p = from; p < to; p++) {
            int j = postingSentence[p];
            if (!touched[j]) {
              touched[j] = true;
              touchedList[touchedCount++] = j;
            }
            dot[j] += w * postingWeight[p];
          }
        }
        int candidates = touchedCount;
        if (!exact) {
          // Too few candidates (terms all too frequent to follow): the nearest sentences are
          // candidates too, so that a sentence of common words is still weighed against its context.
          int nearest = 2 * Math.min(window, n);
          for (int d = 1; d <= nearest && touchedCount < 2 * maxNeighbours; d++) {
            int j = (d & 1) == 1 ? i - (d + 1) / 2 : i + d / 2; // i - 1, i + 1, i - 2, ...
            if (j >= 0 && j < n && !touched[j]) {
              touched[j] = true;
              touchedList[touchedCount++] = j;
            }
          }
          for (int t = 0; t < touchedCount; t++) {
            int j = touchedList[t];
            score[t] = j == i ? Double.POSITIVE_INFINITY : dot[j]; // its self-loop is always weighed
          }
          candidates = TopScores.keepLargest(touchedList, score, 0, touchedCount, 2 * maxNeighbours);
        }
        int row = neighbours.size();
        for (int t = 0; t < touchedCount; t++) {
          int j = touchedList[t];
          if (t < candidates && (j != i || selfLoops)) {
            double d = frequent ? dot[j] + index.dot(frequentWeight, j) : dot[j];
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
          for (int k = rowFrom; k < rowTo; k++) {
            frequentWeight[index.rowTerm[k]] = 0;
          }
        }
        if (!exact) {
          int kept = TopScores.keepLargest(neighbours.values, weights.values, row, neighbours.size() - row, maxNeighbours);
          neighbours.truncate(row + kept);
          weights.truncate(row + kept);
        }
        rowStart[i + 1] = neighbours.size();
      }
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

  /** The co-occurring pairs (ordered, self-pairs included) the exact graph visits: {@code Σ_t sf(t)²}. */
  private static long cooccurringPairs(TermVector[] vectors) {
    int bound = 0;
    for (TermVector v : vectors) {
      bound = Math.max(bound, v.idBound());
    }
    int[] sentenceFrequency = new int[bound];
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        sentenceFrequency[v.termAt(k)]++;
      }
    }
    long pairs = 0;
    for (int f : sentenceFrequency) {
      pairs += (long) f * f;
    }
    return pairs;
  }

  /**
   * The sentence vectors of a range of consecutive sentences (a block and the window either side
   * of it) copied into flat arrays with the range's terms renumbered 0..d-1 in order of first
   * sight, and its inverted index over those local ids (postings ascending by sentence). Building
   * the graph reads only these: their size is that of the range, not of the input, so the memory
   * touched per sentence stays in the CPU's caches however long the input (global posting lists
   * and term-id-indexed arrays outgrew them, and the time per sentence grew with the input). Each
   * sentence is indexed in at most two ranges, so covering all blocks is linear. Reused across ranges.
   */
  private static final class WindowIndex {
    private final TermVector[] vectors;
    /** By global term id, its local id in the current range, or -1. */
    private final int[] localId;
    /** By local id, the global term id (to reset {@link #localId}). */
    private int[] globalId = new int[0];
    private int terms;
    private int rangeStart;
    /** Sentence {@code rangeStart + r}'s terms are {@code rowTerm/rowWeight[sentenceStart[r] .. sentenceStart[r + 1])}, in its vector's order. */
    private int[] sentenceStart = new int[1];
    int[] rowTerm = new int[0];
    double[] rowWeight = new double[0];
    /** Local term {@code t}'s postings are {@code postingSentence/postingWeight[postingStart[t] .. postingStart[t + 1])}. */
    int[] postingStart = new int[1];
    int[] postingSentence = new int[0];
    double[] postingWeight = new double[0];
    /** Per local term, its postings within the current sentence's window {@code [first, end)}: both only move forward. */
    int[] first = new int[0];
    int[] end = new int[0];
    /** Per local term, the current sentence's weight of it when it is not followed (0 elsewhere). */
    double[] frequentWeight = new double[0];

    WindowIndex(TermVector[] vectors) {
      this.vectors = vectors;
      int bound = 0;
      for (TermVector v : vectors) {
        bound = Math.max(bound, v.idBound());
      }
      localId = new int[bound];
      Arrays.fill(localId, -1);
    }

    /** Indexes sentences {@code from} (inclusive) to {@code to} (exclusive). */
    void cover(int from, int to) {
      for (int t = 0; t < terms; t++) {
        localId[globalId[t]] = -1;
      }
      terms = 0;
      rangeStart = from;
      int sentences = to - from;
      int occurrences = 0;
      for (int j = from; j < to; j++) {
        occurrences += vectors[j].size();
      }
      if (sentenceStart.length < sentences + 1) {
        sentenceStart = new int[sentences + 1];
      }
      if (rowTerm.length < occurrences) {
        rowTerm = new int[occurrences];
        rowWeight = new double[occurrences];
        postingSentence = new int[occurrences];
        postingWeight = new double[occurrences];
      }
      if (globalId.length < occurrences) {
        globalId = new int[occurrences]; // a range has at most as many terms as occurrences
      }
      int p = 0;
      for (int j = from; j < to; j++) {
        TermVector v = vectors[j];
        for (int k = 0; k < v.size(); k++) {
          int global = v.termAt(k);
          int local = localId[global];
          if (local < 0) {
            local = terms++;
            localId[global] = local;
            globalId[local] = global;
          }
          rowTerm[p] = local;
          rowWeight[p++] = v.weightAt(k);
        }
        sentenceStart[j - from + 1] = p;
      }
      if (postingStart.length < terms + 1) {
        int size = Math.max(terms + 1, 2 * postingStart.length);
        postingStart = new int[size];
        first = new int[size];
        end = new int[size];
        frequentWeight = new double[size];
      }
      Arrays.fill(postingStart, 0, terms + 1, 0);
      for (int q = 0; q < p; q++) {
        postingStart[rowTerm[q] + 1]++;
      }
      for (int t = 0; t < terms; t++) {
        postingStart[t + 1] += postingStart[t];
      }
      System.arraycopy(postingStart, 0, first, 0, terms);
      for (int r = 0; r < sentences; r++) {
        for (int q = sentenceStart[r]; q < sentenceStart[r + 1]; q++) {
          int at = first[rowTerm[q]]++;
          postingSentence[at] = from + r;
          postingWeight[at] = rowWeight[q];
        }
      }
      System.arraycopy(postingStart, 0, first, 0, terms);
      System.arraycopy(postingStart, 0, end, 0, terms);
    }

    /** Where sentence {@code i}'s terms start in {@link #rowTerm} ({@code i} in the range, or one past it). */
    int rowStart(int i) {
      return sentenceStart[i - rangeStart];
    }

    /** The dot product of a dense vector indexed by local term id with sentence {@code j}'s vector. */
    double dot(double[] dense, int j) {
      double sum = 0;
      for (int k = rowStart(j); k < rowStart(j + 1); k++) {
        sum += dense[rowTerm[k]] * rowWeight[k];
      }
      return sum;
    }
  }

  int size() {
    return rowStart.length - 1;
  }

  /** Number of stored (directed) edges. */
  int edgeCount() {
    return rowStart[size()];
  }

  /** The neighbours of sentence {@code i} (a copy of its row: for inspection). */
  int[] neighbours(int i) {
    return Arrays.copyOfRange(neighbours, rowStart[i], rowStart[i + 1]);
  }

  /** The weight of edge {@code i–j}, 0 when absent (a scan of row i: for inspection, not for hot loops). */
  double weight(int i, int j) {
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (neighbours[k] == j) {
        return weights == null ? 1 : weights[k];
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
        rowSum[i] += weights == null ? 1 : weights[k];
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
        if (weights == null) {
          for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
            in += outShare[neighbours[k]];
          }
        } else {
          for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
            in += weights[k] * outShare[neighbours[k]];
          }
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
