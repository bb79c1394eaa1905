package org.newsum.internal.stories;

/**
 * The probability that two articles report the same story, from their {@link PairFeatures}, and
 * its calibration to a feed. Two logistic regressions fitted once on ECB+ alone ({@code
 * ecbplus.jsonl} of the shared story data: the candidate pairs of its open articles after the pass
 * with the default options, 11,428 pairs, 48.3% same-story; standardised features, L2 penalty 1 on
 * the weights, none on the intercept, Newton's method; the weights below are in raw feature units),
 * applied unchanged to every feed: one on the 17 features of the terms, for pairs of which an
 * article has no embedding, and one on those and {@linkplain PairFeatures#meaning how close in
 * meaning the pair is against each article's level}. Both share the training prior, so their
 * posteriors mix in one feed. Reproduced digit for digit by {@code bin/benchmark fit-pairs --on
 * ecbplus --features 17} and {@code --features 18} (the opt-in {@code PairDumpBenchmark} writes
 * the pairs, {@code PairModelFit} fits them). Fitted on Multi-News instead, the model learns that
 * only an article's nearest one or two neighbours report its story and breaks feeds of larger
 * stories (docs/benchmarks/stories.md, stories9).
 *
 * <p>Feeds differ in their prior: how many of an article's nearest neighbours report its story
 * (about half in ECB+, whose events have 11 reports; 6% in a feed of stories of 2-3 reports). A
 * fixed threshold on a model fitted on one feed merges too much on the other. So the posteriors are
 * moved to the feed's own prior, estimated from the feed's candidate pairs by the EM fixed point
 * of Saerens, Latinne and Decaestecker (2002, "Adjusting the outputs of a classifier to new a
 * priori probabilities"): scale each posterior's odds by (q / (1 - q)) / (π / (1 - π)), π the
 * training prior, set q to the mean adjusted posterior, repeat. Where the model's likelihoods fit
 * a feed less well (loose topic reports, unlike ECB+'s events) the estimate is off; {@link
 * PairLinker} starts from it and settles it on what the merge itself joins.
 */
final class PairModel {
  /** Weights of the features, in the order of {@link PairFeatures#of}. */
  private static final double[] WEIGHTS = {16.0322, -1.22014, 0.955574, -0.212913, 2.33744, -5.1591, 1.52313,
      1.56846, -0.313964, 1.31643, 0.515194, 0.336277, -1.04074, -0.399683, -0.385946, 0.256663, -1.31683};
  private static final double BIAS = -12.1906;
  /** Weights when both articles have embeddings: those features, then {@link PairFeatures#meaning}'s. */
  private static final double[] WEIGHTS_WITH_MEANING = {14.9405, -1.85763, 0.843117, 0.136197, 0.921018, -4.7436,
      1.35888, 1.91735, -0.364025, 1.24761, 0.448909, 0.0636709, -1.38592, -0.198131, -0.209368, 0.185566, -1.26065,
      11.2773};
  private static final double BIAS_WITH_MEANING = -11.074;
  /** The share of same-story pairs among the training pairs (the mean posterior there). */
  static final double TRAINING_PRIOR = 0.4830;
  /** EM rounds at most; the estimate moves by less than {@value #TOLERANCE} well before. */
  private static final int ROUNDS = 200;
  private static final double TOLERANCE = 1e-6;
  /** Estimated priors are kept inside (ε, 1 - ε), so that no odds become 0 or infinite. */
  private static final double EPSILON = 1e-4;

  private PairModel() {}

  /**
   * The probability that a pair with these {@link PairFeatures} is same-story, at the training
   * prior: from the first {@link PairFeatures#COUNT} features, or from all {@link
   * PairFeatures#WITH_MEANING} when {@code withMeaning} (both articles have embeddings).
   */
  static double posterior(double[] features, boolean withMeaning) {
    double[] weights = withMeaning ? WEIGHTS_WITH_MEANING : WEIGHTS;
    double z = withMeaning ? BIAS_WITH_MEANING : BIAS;
    for (int f = 0; f < weights.length; f++) {
      z += weights[f] * features[f];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The prior of same-story pairs among pairs with these posteriors (at the training prior), by EM. */
  static double prior(double[] posteriors) {
    if (posteriors.length == 0) {
      return TRAINING_PRIOR;
    }
    double q = TRAINING_PRIOR;
    for (int round = 0; round < ROUNDS; round++) {
      double sum = 0;
      for (double p : posteriors) {
        sum += shift(p, q);
      }
      double next = clamp(sum / posteriors.length);
      boolean done = Math.abs(next - q) < TOLERANCE;
      q = next;
      if (done) {
        break;
      }
    }
    return q;
  }

  /** A prior kept inside (ε, 1 - ε). */
  static double clamp(double q) {
    return Math.min(1 - EPSILON, Math.max(EPSILON, q));
  }

  /** Posterior {@code p} (at the training prior) moved to prior {@code q}. */
  static double shift(double p, double q) {
    double same = q / TRAINING_PRIOR * p;
    double other = (1 - q) / (1 - TRAINING_PRIOR) * (1 - p);
    return same / (same + other);
  }
}
