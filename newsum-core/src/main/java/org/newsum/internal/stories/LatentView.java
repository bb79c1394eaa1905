package org.newsum.internal.stories;

import java.util.List;
import org.newsum.internal.text.TruncatedSvd;
import org.newsum.text.TermVector;

/**
 * A latent (LSA) view of the open articles, learnt from the feed itself: the truncated SVD of its
 * term × article matrix of unit tf-idf vectors ({@link TruncatedSvd}, rank {@value #RANK} after
 * {@value #ITERATIONS} multiplications), each article's coordinates on the right singular vectors
 * scaled by the singular values and set to unit length. Two articles that use different words land
 * near each other when other articles of the feed use those words together. Only terms held by at
 * least two articles take part (a term of one article co-occurs with nothing across articles), so
 * the dense image of the matrix stays the size of the shared vocabulary; rank and iterations are
 * fixed, so the cost is linear in the articles.
 */
record LatentView(double[][] coordinates, double[] squaredLengths) {
  static final int RANK = Integer.getInteger("newsum.latentRank", 64);
  static final int ITERATIONS = Integer.getInteger("newsum.latentIterations", 4);

  static final boolean RESIDUAL = "residual".equals(System.getProperty("newsum.latentForm"));

  /** The latent view of {@code vectors} (over term ids below {@code terms}). */
  static LatentView of(List<SparseVector> vectors, int terms) {
    int[] holders = new int[terms];
    for (SparseVector v : vectors) {
      for (int id : v.ids()) {
        holders[id]++;
      }
    }
    int[] compact = new int[terms];
    int shared = 0;
    for (int t = 0; t < terms; t++) {
      compact[t] = holders[t] >= 2 ? shared++ : -1;
    }
    TermVector[] columns = new TermVector[vectors.size()];
    double[] squaredLengths = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      SparseVector v = vectors.get(j);
      int[] ids = new int[v.size()];
      double[] weights = new double[v.size()];
      int kept = 0;
      for (int k = 0; k < v.size(); k++) {
        int id = compact[v.ids()[k]];
        if (id >= 0) {
          ids[kept] = id;
          weights[kept++] = v.weights()[k];
          squaredLengths[j] += v.weights()[k] * v.weights()[k];
        }
      }
      columns[j] = TermVector.of(java.util.Arrays.copyOf(ids, kept), java.util.Arrays.copyOf(weights, kept));
    }
    TruncatedSvd svd = TruncatedSvd.of(columns, RANK, ITERATIONS);
    double[] sigma = svd.singularValues();
    double[][] coordinates = new double[columns.length][sigma.length];
    for (int j = 0; j < columns.length; j++) {
      for (int c = 0; c < sigma.length; c++) {
        coordinates[j][c] = sigma[c] * svd.rightVector(j, c);
      }
    }
    return new LatentView(coordinates, squaredLengths);
  }

  double feature(int i, int j, double cosine) {
    double dot = 0;
    double ni = 0;
    double nj = 0;
    for (int c = 0; c < coordinates[i].length; c++) {
      dot += coordinates[i][c] * coordinates[j][c];
      ni += coordinates[i][c] * coordinates[i][c];
      nj += coordinates[j][c] * coordinates[j][c];
    }
    if (RESIDUAL) {
      return (cosine - dot) / Math.sqrt(Math.max(1e-6, squaredLengths[i] - ni) * Math.max(1e-6, squaredLengths[j] - nj));
    }
    return ni == 0 || nj == 0 ? 0 : dot / Math.sqrt(ni * nj);
  }
}
