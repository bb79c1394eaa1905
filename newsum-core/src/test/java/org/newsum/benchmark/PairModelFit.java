package org.newsum.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Fits the same-story pair model ({@code org.newsum.internal.stories.PairModel}) and prints its
 * weights in the form that class reads, so that the shipped weights can be reproduced: a logistic
 * regression on the candidate pairs written by the opt-in {@code PairDumpBenchmark} (one CSV line
 * per pair: the two ids, then the features), labelled same-story when the feed's gold {@code story}
 * of the two articles is the same. Features are standardised (mean, population standard deviation),
 * the weights carry an L2 penalty (none on the intercept), and Newton's method (IRLS) runs from
 * zero until a step moves no weight by more than 1e-10: deterministic, no learning rate. The
 * printed weights are in raw feature units. {@code bin/benchmark fit-pairs} runs the dump and this;
 * by hand:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/PairModelFit.java
 *     FEED.jsonl.pairs.csv FEED.jsonl [FEATURES [L2]]</pre>
 *
 * FEATURES (default all in the CSV) fits on the first that many features only; L2 defaults to 1.
 */
public final class PairModelFit {
  /** Newton steps at most; a well-posed fit converges in about ten. */
  private static final int MAX_STEPS = 100;
  private static final double TOLERANCE = 1e-10;
  /** Added to every standard deviation, so that a constant feature standardises to 0, not NaN. */
  private static final double SD_FLOOR = 1e-9;

  private PairModelFit() {}

  /**
   * A fitted model in raw feature units.
   *
   * @param weights per feature
   * @param bias the intercept
   * @param prior the mean posterior over the training pairs (equal to their same-story share, the
   *     intercept being unpenalised)
   * @param steps the Newton steps taken
   */
  public record Model(double[] weights, double bias, double prior, int steps) {
    /** The posterior of one row of features. */
    public double posterior(double[] features) {
      double z = bias;
      for (int f = 0; f < weights.length; f++) {
        z += weights[f] * features[f];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PairModelFit PAIRS.csv FEED.jsonl [FEATURES [L2]]");
      System.exit(2);
    }
    Map<String, String> gold = gold(Path.of(args[1]));
    List<double[]> rows = new ArrayList<>();
    List<Boolean> same = new ArrayList<>();
    int features = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    double l2 = args.length > 3 ? Double.parseDouble(args[3]) : 1;
    try (BufferedReader reader = Files.newBufferedReader(Path.of(args[0]))) {
      for (String line; (line = reader.readLine()) != null;) {
        String[] cells = line.split(",");
        String a = gold.get(cells[0]);
        String b = gold.get(cells[1]);
        if (a == null || b == null) {
          throw new IllegalArgumentException(args[0] + ": article " + (a == null ? cells[0] : cells[1]) + " is not in " + args[1]);
        }
        double[] row = new double[Math.min(features, cells.length - 2)];
        for (int f = 0; f < row.length; f++) {
          row[f] = Double.parseDouble(cells[f + 2]);
          if (Double.isNaN(row[f])) {
            throw new IllegalArgumentException(args[0] + ": the pair " + cells[0] + "," + cells[1] + " has no feature "
                + (f + 1) + " (an article without an embedding); fit on fewer features");
          }
        }
        rows.add(row);
        same.add(a.equals(b));
      }
    }
    boolean[] labels = new boolean[same.size()];
    for (int k = 0; k < labels.length; k++) {
      labels[k] = same.get(k);
    }
    Model model = fit(rows.toArray(double[][]::new), labels, l2);
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%d pairs, %.1f%% same-story, %d features, L2 %s, %d Newton steps%n", labels.length,
        100.0 * positives / labels.length, model.weights().length, args.length > 3 ? args[3] : "1", model.steps());
    StringJoiner weights = new StringJoiner(", ", "  private static final double[] WEIGHTS = {", "};");
    for (double w : model.weights()) {
      weights.add(sixDigits(w));
    }
    System.out.println(weights);
    System.out.println("  private static final double BIAS = " + sixDigits(model.bias()) + ";");
    System.out.printf(Locale.ROOT, "  static final double TRAINING_PRIOR = %.4f;%n", model.prior());
  }

  /**
   * The L2-penalised logistic regression of {@code labels} on {@code rows} (every row as long),
   * fitted on standardised features by Newton's method and returned in raw units.
   */
  public static Model fit(double[][] rows, boolean[] labels, double l2) {
    int n = rows.length;
    int d = n == 0 ? 0 : rows[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : rows) {
      for (int f = 0; f < d; f++) {
        mean[f] += row[f] / n;
      }
    }
    for (double[] row : rows) {
      for (int f = 0; f < d; f++) {
        sd[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / n;
      }
    }
    for (int f = 0; f < d; f++) {
      sd[f] = Math.sqrt(sd[f]) + SD_FLOOR;
    }
    // w[0..d-1] on the standardised features, w[d] the intercept
    double[] w = new double[d + 1];
    double[] z = new double[d + 1];
    z[d] = 1;
    int steps = 0;
    for (boolean moved = true; moved && steps < MAX_STEPS; steps++) {
      double[] gradient = new double[d + 1];
      double[][] hessian = new double[d + 1][d + 1];
      for (int k = 0; k < n; k++) {
        for (int f = 0; f < d; f++) {
          z[f] = (rows[k][f] - mean[f]) / sd[f];
        }
        double p = logistic(dot(w, z));
        double residual = p - (labels[k] ? 1 : 0);
        double curvature = p * (1 - p);
        for (int f = 0; f <= d; f++) {
          gradient[f] += residual * z[f];
          for (int g = 0; g <= f; g++) {
            hessian[f][g] += curvature * z[f] * z[g];
          }
        }
      }
      for (int f = 0; f < d; f++) {
        gradient[f] += l2 * w[f];
        hessian[f][f] += l2;
      }
      double[] step = solve(hessian, gradient);
      moved = false;
      for (int f = 0; f <= d; f++) {
        w[f] -= step[f];
        moved |= Math.abs(step[f]) > TOLERANCE;
      }
    }
    double[] raw = new double[d];
    double bias = w[d];
    for (int f = 0; f < d; f++) {
      raw[f] = w[f] / sd[f];
      bias -= w[f] * mean[f] / sd[f];
    }
    Model model = new Model(raw, bias, 0, steps);
    double prior = 0;
    for (double[] row : rows) {
      prior += model.posterior(row) / n;
    }
    return new Model(raw, bias, prior, steps);
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} of which the lower triangle is filled (Cholesky). */
  static double[] solve(double[][] a, double[] b) {
    int d = b.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (sum <= 0) {
            throw new IllegalArgumentException("the features are collinear: give an L2 penalty above 0");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] y = new double[d];
    for (int i = 0; i < d; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[d];
    for (int i = d - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < d; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }

  private static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** A value to six significant digits, as PairModel writes its weights. */
  static String sixDigits(double x) {
    return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** The gold story of every article of a feed. */
  private static Map<String, String> gold(Path feed) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(feed)) {
      for (String line; (line = reader.readLine()) != null;) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          gold.put(node.path("id").asText(), node.path("story").asText());
        }
      }
    }
    return gold;
  }
}
