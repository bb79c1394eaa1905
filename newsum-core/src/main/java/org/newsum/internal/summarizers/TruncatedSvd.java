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
 * reproducible. Immutable.
 */
final class TruncatedSvd {
  private static final int OVERSAMPLING = 8;
  private static final int MAX_ITERATIONS = 500;
  private static final double TOLERANCE = 1e-10;
  private static final long SEED = 20040101L;

  private final double[] singularValues;
  private final double[][] rightVectors;

  private TruncatedSvd(double[] singularValues, double[][] rightVectors) {
    this.singularValues = singularValues;
    this.rightVectors = rightVectors;
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
      return new TruncatedSvd(new double[0], new double[n][0]);
    }
    int width = Math.min(n, wanted + OVERSAMPLING);
    SplittableRandom random = new SplittableRandom(SEED);
    double[][] block = new double[width][n]; // block[c] is the c-th column, an n-vector
    for (double[] column : block) {
      for (int j = 0; j < n; j++) {
        column[j] = random.nextDouble() - 0.5;
      }
    }
    orthonormalize(block, random);
    double[] previous = new double[wanted];
    double[][] image = new double[width][rows];
    RitzPairs ritz = null;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      multiply(columns, block, image); // image = A·Q
      ritz = RitzPairs.of(gram(image));
      if (converged(ritz.values, previous, wanted) || iteration == MAX_ITERATIONS - 1) {
        break;
      }
      System.arraycopy(ritz.values, 0, previous, 0, wanted);
      multiplyTransposed(columns, image, block); // Q := Aᵀ·A·Q
      orthonormalize(block, random);
    }
    double[] sigma = new double[wanted];
    double[][] v = new double[n][wanted];
    for (int c = 0; c < wanted; c++) {
      sigma[c] = Math.sqrt(Math.max(0, ritz.values[c]));
      for (int j = 0; j < n; j++) {
        double x = 0;
        for (int b = 0; b < width; b++) {
          x += block[b][j] * ritz.vectors[b][c];
        }
        v[j][c] = x;
      }
    }
    return new TruncatedSvd(sigma, v);
  }

  /** Singular values, largest first. */
  double[] singularValues() {
    return singularValues.clone();
  }

  /** Number of singular triplets computed. */
  int rank() {
    return singularValues.length;
  }

  /** Coordinate of column (sentence) {@code j} on the {@code c}-th right singular vector. */
  double rightVector(int j, int c) {
    return rightVectors[j][c];
  }

  private static boolean converged(double[] values, double[] previous, int wanted) {
    for (int c = 0; c < wanted; c++) {
      if (Math.abs(values[c] - previous[c]) > TOLERANCE * Math.max(values[0], Double.MIN_NORMAL)) {
        return false;
      }
    }
    return true;
  }

  /** {@code out[c] = A · block[c]} over the sparse columns of A. */
  private static void multiply(TermVector[] columns, double[][] block, double[][] out) {
    for (double[] row : out) {
      Arrays.fill(row, 0);
    }
    for (int j = 0; j < columns.length; j++) {
      TermVector column = columns[j];
      for (int c = 0; c < block.length; c++) {
        double x = block[c][j];
        if (x != 0) {
          double[] target = out[c];
          for (int k = 0; k < column.size(); k++) {
            target[column.termAt(k)] += column.weightAt(k) * x;
          }
        }
      }
    }
  }

  /** {@code out[c] = Aᵀ · image[c]}. */
  private static void multiplyTransposed(TermVector[] columns, double[][] image, double[][] out) {
    for (int j = 0; j < columns.length; j++) {
      TermVector column = columns[j];
      for (int c = 0; c < image.length; c++) {
        double[] source = image[c];
        double x = 0;
        for (int k = 0; k < column.size(); k++) {
          x += column.weightAt(k) * source[column.termAt(k)];
        }
        out[c][j] = x;
      }
    }
  }

  /** The b × b Gram matrix {@code (AQ)ᵀ(AQ) = QᵀAᵀAQ}. */
  private static double[][] gram(double[][] image) {
    int b = image.length;
    double[][] g = new double[b][b];
    for (int p = 0; p < b; p++) {
      for (int q = p; q < b; q++) {
        double x = 0;
        double[] u = image[p];
        double[] w = image[q];
        for (int r = 0; r < u.length; r++) {
          x += u[r] * w[r];
        }
        g[p][q] = x;
        g[q][p] = x;
      }
    }
    return g;
  }

  /** Modified Gram–Schmidt (twice, for stability); a collapsed column is replaced by a fresh random one. */
  private static void orthonormalize(double[][] block, SplittableRandom random) {
    for (int c = 0; c < block.length; c++) {
      for (int attempt = 0; ; attempt++) {
        double[] v = block[c];
        for (int pass = 0; pass < 2; pass++) {
          for (int p = 0; p < c; p++) {
            double dot = 0;
            for (int j = 0; j < v.length; j++) {
              dot += v[j] * block[p][j];
            }
            for (int j = 0; j < v.length; j++) {
              v[j] -= dot * block[p][j];
            }
          }
        }
        double norm = 0;
        for (double x : v) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 1e-12 || attempt == 3) {
          for (int j = 0; j < v.length; j++) {
            v[j] = norm > 1e-12 ? v[j] / norm : 0;
          }
          break;
        }
        for (int j = 0; j < v.length; j++) {
          v[j] = random.nextDouble() - 0.5;
        }
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
