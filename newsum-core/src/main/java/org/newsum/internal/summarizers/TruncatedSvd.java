package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.newsum.text.TermVector;

/**
 * The few largest singular values of a sparse term × sentence matrix and their right singular
 * vectors (one coordinate per sentence), by block power (subspace) iteration on {@code AᵀA}
 * with Rayleigh–Ritz extraction: each iteration multiplies an n × b block by {@code A} and
 * {@code Aᵀ} through the sparse columns (cost b·nnz) and re-orthonormalizes it, never forming
 * {@code AᵀA} or a dense matrix. The block is wider than the rank asked for (oversampling),
 * which speeds convergence; the start block is pseudo-random with a fixed seed, so results are
 * reproducible. Iteration stops when the spectrum says the dominant singular vectors are reached
 * ({@link #SUBSPACE_TOLERANCE}), so the number of iterations depends on the matrix's spectrum, not
 * on its size, and the cost stays proportional to the nonzeros (issue 17). Blocks are stored a row
 * (sentence or term) at a time and every pass over them streams, so that the cost per sentence
 * stays flat as they outgrow the processor's caches.
 * Immutable.
 */
final class TruncatedSvd {
  private static final int OVERSAMPLING = 8;
  private static final int MAX_ITERATIONS = 500;
  /**
   * Iteration stops when {@code (θ_b/θ_r)^i ≤} this, i iterations done: the bound on how far they
   * have brought the block towards the r dominant right singular vectors from the random start
   * (each shrinks the tangent of the angle by {@code λ_{b+1}/λ_r}, λ the eigenvalues of {@code AᵀA},
   * b the block's width; the Ritz values θ overestimate that rate, {@code θ_b ≈ λ_b ≥ λ_{b+1}}).
   * The count depends on the spectrum's shape only, which text of one kind keeps as it grows.
   * Waiting for the Ritz values to stop moving ({@link #TOLERANCE}) also waits out the random
   * start, whose angle grows with the size (tangent about √(n/b)): a count growing like log n, which
   * stepped up by one (9%) at some doublings of the input. That test still stops a flat spectrum,
   * where the bound shrinks slowly but any vector of the flat part is as good. With 1e-4 the
   * {@code lsa} summaries of DUC 2004, DUC 2006 and the update set are unchanged
   * (docs/benchmarks/scaling.md).
   */
  private static final double SUBSPACE_TOLERANCE = 1e-4;
  /** The Ritz values have stopped changing when no one moves by more than this share of the largest. */
  private static final double TOLERANCE = 1e-10;
  private static final long SEED = 20040101L;
  /**
   * A column whose part outside the span of the columns before it is below this share of its
   * length is replaced before orthonormalizing: Cholesky QR twice is accurate up to a condition
   * number of about 1e8.
   */
  private static final double COLLAPSED = 1e-6;

  private final double[] singularValues;
  private final double[][] rightVectors;
  private final int iterations;

  private TruncatedSvd(double[] singularValues, double[][] rightVectors, int iterations) {
    this.singularValues = singularValues;
    this.rightVectors = rightVectors;
    this.iterations = iterations;
  }

  /**
   * The {@code rank} largest singular triplets (fewer if the matrix has fewer columns) of the
   * matrix whose column {@code j} is {@code columns[j]}.
   */
  static TruncatedSvd of(TermVector[] columns, int rank) {
    int n = columns.length;
    int rows = 0;
    for (TermVector column : columns) {
      rows = Math.max(rows, column.idBound());
    }
    int wanted = Math.min(rank, Math.min(n, rows));
    if (wanted <= 0) {
      return new TruncatedSvd(new double[0], new double[n][0], 0);
    }
    int width = Math.min(n, wanted + OVERSAMPLING);
    SplittableRandom random = new SplittableRandom(SEED);
    // Q, sentence-major: the row of sentence j (its coordinates on the block's columns) at j·width.
    double[] block = new double[n * width];
    for (int c = 0; c < width; c++) {
      fillColumn(block, width, c, random);
    }
    orthonormalize(block, width, random);
    double[] previous = new double[wanted];
    double[] image = new double[rows * width]; // A·Q, term-major: the row of term t at t·width
    RitzPairs ritz = null;
    int iteration = 0;
    for (; iteration < MAX_ITERATIONS; iteration++) {
      multiply(columns, block, image, width); // image = A·Q
      ritz = RitzPairs.of(gram(image, width));
      if (subspaceReached(ritz.values, wanted, width, iteration)
          || converged(ritz.values, previous, wanted)
          || iteration == MAX_ITERATIONS - 1) {
        break;
      }
      System.arraycopy(ritz.values, 0, previous, 0, wanted);
      multiplyTransposed(columns, image, block, width); // Q := Aᵀ·A·Q
      orthonormalize(block, width, random);
    }
    double[] sigma = new double[wanted];
    double[][] v = new double[n][wanted];
    for (int c = 0; c < wanted; c++) {
      sigma[c] = Math.sqrt(Math.max(0, ritz.values[c]));
      for (int j = 0; j < n; j++) {
        double x = 0;
        for (int b = 0; b < width; b++) {
          x += block[j * width + b] * ritz.vectors[b][c];
        }
        v[j][c] = x;
      }
    }
    return new TruncatedSvd(sigma, v, iteration);
  }

  /** Singular values, largest first. */
  double[] singularValues() {
    return singularValues.clone();
  }

  /** Number of times the block was multiplied by {@code AᵀA} (0: the start block was kept). */
  int iterations() {
    return iterations;
  }

  /** Number of singular triplets computed. */
  int rank() {
    return singularValues.length;
  }

  /** Coordinate of column (sentence) {@code j} on the {@code c}-th right singular vector. */
  double rightVector(int j, int c) {
    return rightVectors[j][c];
  }

  /**
   * Whether {@code iterations} iterations have shrunk the start's angle to the dominant vectors by
   * {@link #SUBSPACE_TOLERANCE}, at the rate the Ritz values (of {@code AᵀA}, descending) suggest.
   */
  private static boolean subspaceReached(double[] values, int wanted, int width, int iterations) {
    double rate = values[wanted - 1] > 0 ? Math.max(0, values[width - 1]) / values[wanted - 1] : 0;
    return Math.pow(rate, iterations) <= SUBSPACE_TOLERANCE;
  }

  private static boolean converged(double[] values, double[] previous, int wanted) {
    for (int c = 0; c < wanted; c++) {
      if (Math.abs(values[c] - previous[c]) > TOLERANCE * Math.max(values[0], Double.MIN_NORMAL)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code out = A · block} over the sparse columns of A, {@code out} term-major (the row of
   * term {@code t} at {@code t · width}): a term of a sentence updates one contiguous row, not
   * one place in each of {@code width} vocabulary-long arrays, so the random access into the
   * vocabulary costs a cache line or two per term whatever the vocabulary's size.
   */
  private static void multiply(TermVector[] columns, double[] block, double[] out, int width) {
    Arrays.fill(out, 0);
    for (int j = 0; j < columns.length; j++) {
      TermVector column = columns[j];
      int from = j * width;
      for (int k = 0; k < column.size(); k++) {
        double weight = column.weightAt(k);
        int row = column.termAt(k) * width;
        for (int c = 0; c < width; c++) {
          out[row + c] += weight * block[from + c];
        }
      }
    }
  }

  /** {@code out = Aᵀ · image}, sentence-major, from the term-major {@code image} of {@link #multiply}. */
  private static void multiplyTransposed(TermVector[] columns, double[] image, double[] out, int width) {
    Arrays.fill(out, 0);
    for (int j = 0; j < columns.length; j++) {
      TermVector column = columns[j];
      int to = j * width;
      for (int k = 0; k < column.size(); k++) {
        double weight = column.weightAt(k);
        int row = column.termAt(k) * width;
        for (int c = 0; c < width; c++) {
          out[to + c] += weight * image[row + c];
        }
      }
    }
  }

  /** The width × width Gram matrix {@code MᵀM} of a matrix M stored row by row ({@code width} values a row). */
  private static double[][] gram(double[] rows, int width) {
    double[][] g = new double[width][width];
    for (int row = 0; row < rows.length; row += width) {
      for (int p = 0; p < width; p++) {
        double u = rows[row + p];
        double[] gp = g[p];
        for (int q = p; q < width; q++) {
          gp[q] += u * rows[row + q];
        }
      }
    }
    for (int p = 0; p < width; p++) {
      for (int q = 0; q < p; q++) {
        g[p][q] = g[q][p];
      }
    }
    return g;
  }

  /** Column {@code c} of the sentence-major {@code block} := fresh pseudo-random values. */
  private static void fillColumn(double[] block, int width, int c, SplittableRandom random) {
    for (int at = c; at < block.length; at += width) {
      block[at] = random.nextDouble() - 0.5;
    }
  }

  /**
   * Orthonormalizes the columns of the sentence-major {@code block} by Cholesky QR, twice for
   * stability (CholeskyQR2): the Gram matrix {@code G = QᵀQ = RᵀR}, then {@code Q := QR⁻¹}, each
   * one streaming pass over the rows, so that the cost per sentence stays flat however far the
   * block outgrows the caches (Gram–Schmidt sweeps the whole block twice per pair of columns). A
   * column (nearly) in the span of the ones before it, whose Cholesky pivot vanishes, is replaced
   * by a fresh random one first.
   */
  private static void orthonormalize(double[] block, int width, SplittableRandom random) {
    for (int pass = 0; pass < 2; pass++) {
      double[][] r = null;
      for (int attempt = 0; r == null; attempt++) {
        double[][] g = gram(block, width);
        int collapsed = cholesky(g);
        if (collapsed < 0) {
          r = g;
        } else if (attempt < 4 * width) {
          fillColumn(block, width, collapsed, random);
        } else {
          throw new IllegalStateException("cannot orthonormalize a block of " + width + " columns");
        }
      }
      divideByTriangle(block, width, r);
    }
  }

  /**
   * Replaces {@code g} (symmetric, positive semi-definite) by its upper Cholesky factor R
   * ({@code g = RᵀR}); returns the first column whose pivot is too small for R⁻¹ to be accurate
   * (its part outside the span of the columns before it below {@link #COLLAPSED} of its length),
   * or -1.
   */
  private static int cholesky(double[][] g) {
    int m = g.length;
    for (int c = 0; c < m; c++) {
      double diagonal = g[c][c];
      for (int p = 0; p < c; p++) {
        diagonal -= g[p][c] * g[p][c];
      }
      if (!(diagonal > COLLAPSED * COLLAPSED * g[c][c])) {
        return c;
      }
      double pivot = Math.sqrt(diagonal);
      g[c][c] = pivot;
      for (int q = c + 1; q < m; q++) {
        double x = g[c][q];
        for (int p = 0; p < c; p++) {
          x -= g[p][c] * g[p][q];
        }
        g[c][q] = x / pivot;
      }
      for (int q = 0; q < c; q++) {
        g[c][q] = 0;
      }
    }
    return -1;
  }

  /** Each row {@code x} of the sentence-major {@code block} := {@code x R⁻¹}, R upper triangular. */
  private static void divideByTriangle(double[] block, int width, double[][] r) {
    for (int row = 0; row < block.length; row += width) {
      for (int c = 0; c < width; c++) {
        double x = block[row + c];
        for (int p = 0; p < c; p++) {
          x -= block[row + p] * r[p][c];
        }
        block[row + c] = x / r[c][c];
      }
    }
  }

  /** Eigenvalues (descending) and eigenvectors (columns) of a small symmetric matrix, by cyclic Jacobi rotations. */
  private record RitzPairs(double[] values, double[][] vectors) {
    static RitzPairs of(double[][] symmetric) {
      int m = symmetric.length;
      double[][] a = new double[m][];
      for (int i = 0; i < m; i++) {
        a[i] = symmetric[i].clone();
      }
      double[][] v = new double[m][m];
      for (int i = 0; i < m; i++) {
        v[i][i] = 1;
      }
      for (int sweep = 0; sweep < 100; sweep++) {
        double off = 0;
        double scale = 0;
        for (int p = 0; p < m; p++) {
          scale += a[p][p] * a[p][p];
          for (int q = p + 1; q < m; q++) {
            off += a[p][q] * a[p][q];
          }
        }
        if (off <= 1e-30 * Math.max(scale, Double.MIN_NORMAL)) {
          break;
        }
        for (int p = 0; p < m; p++) {
          for (int q = p + 1; q < m; q++) {
            if (a[p][q] != 0) {
              rotate(a, v, p, q);
            }
          }
        }
      }
      Integer[] order = new Integer[m];
      for (int i = 0; i < m; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
      double[] values = new double[m];
      double[][] vectors = new double[m][m];
      for (int c = 0; c < m; c++) {
        values[c] = a[order[c]][order[c]];
        for (int r = 0; r < m; r++) {
          vectors[r][c] = v[r][order[c]];
        }
      }
      return new RitzPairs(values, vectors);
    }

    /** One Jacobi rotation zeroing {@code a[p][q]}, accumulated into {@code v}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
      double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
      double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      double c = 1 / Math.sqrt(t * t + 1);
      double s = t * c;
      int m = a.length;
      for (int k = 0; k < m; k++) {
        double akp = a[k][p];
        double akq = a[k][q];
        a[k][p] = c * akp - s * akq;
        a[k][q] = s * akp + c * akq;
      }
      for (int k = 0; k < m; k++) {
        double apk = a[p][k];
        double aqk = a[q][k];
        a[p][k] = c * apk - s * aqk;
        a[q][k] = s * apk + c * aqk;
      }
      for (int k = 0; k < m; k++) {
        double vkp = v[k][p];
        double vkq = v[k][q];
        v[k][p] = c * vkp - s * vkq;
        v[k][q] = s * vkp + c * vkq;
      }
    }
  }
}
