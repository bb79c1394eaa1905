package org.newsum.evaluation.rouge;

/**
 * Recall, precision and F of one ROUGE metric.
 *
 * @param recall hits / reference grams
 * @param precision hits / peer grams
 * @param f their weighted harmonic mean (F1 with the default alpha 0.5)
 */
public record RougeScore(double recall, double precision, double f) {
  static RougeScore of(long hits, long referenceCount, long peerCount, double alpha) {
    double r = referenceCount > 0 ? (double) hits / referenceCount : 0.0;
    double p = peerCount > 0 ? (double) hits / peerCount : 0.0;
    double denominator = (1 - alpha) * p + alpha * r;
    return new RougeScore(r, p, denominator > 0 ? p * r / denominator : 0.0);
  }
}
