package org.newsum.internal.summarizers;

import java.util.List;
import org.newsum.internal.text.TermStatistics;
import org.newsum.model.Budget;
import org.newsum.summarizers.KlSumOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * KL-Sum (Haghighi and Vanderwende, 2009): greedily adds the sentence that most lowers the
 * Kullback-Leibler divergence {@code KL(P_D || P_S)} between the cluster's unigram distribution
 * of content words and the summary's, the summary's distribution smoothed additively
 * ({@code (c_S(w) + δ) / (N_S + δ·V)}), until the budget is full.
 *
 * <p>Incremental: only the summary's counts are kept, and a candidate's effect on the
 * divergence is computed from its own words alone. With {@code c} the summary counts,
 * {@code KL = Σ P_D(w) ln P_D(w) − Σ P_D(w) ln(c_w + δ) + ln(N_S + δV)}; adding a sentence
 * changes only the terms of its words and the normalizer, so one step costs the total length
 * of the candidates rather than one vocabulary-wide divergence per candidate.
 */
public final class KlSumSummarizer implements Summarizer {
  private final KlSumOptions options;

  /** With {@link KlSumOptions#defaults()}. */
  public KlSumSummarizer() {
    this(KlSumOptions.defaults());
  }

  public KlSumSummarizer(KlSumOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "kl";
  }

  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    TermStatistics statistics = TermStatistics.of(cluster);
    int n = cluster.size();
    TermVector[] counts = new TermVector[n];
    for (int i = 0; i < n; i++) {
      counts[i] = TermVector.ofTerms(statistics.contentTerms(i), t -> 1.0);
    }
    SummaryDistribution summary = new SummaryDistribution(statistics, options.smoothing());
    return new GreedySelector(cluster, budget, options.minWords(), options.maxSimilarity()).takeGreedily(
        i -> counts[i].size() == 0 ? Double.NEGATIVE_INFINITY : summary.divergenceDecrease(counts[i]),
        best -> summary.add(counts[best]));
  }

  /** The summary's word counts and the divergence bookkeeping that depends on them. */
  static final class SummaryDistribution {
    private final double[] clusterProbability;
    private final double[] summaryCount;
    private final double smoothing;
    private final double smoothingMass;
    private double summaryTotal;

    SummaryDistribution(TermStatistics statistics, double smoothing) {
      int vocab = statistics.vocabularySize();
      this.clusterProbability = new double[vocab];
      for (int t = 0; t < vocab; t++) {
        clusterProbability[t] = statistics.probability(t);
      }
      this.summaryCount = new double[vocab];
      this.smoothing = smoothing;
      this.smoothingMass = smoothing * statistics.distinctTerms();
    }

    /** How much adding a sentence with these word counts lowers {@code KL(P_D || P_S)}. */
    double divergenceDecrease(TermVector sentence) {
      double gain = 0;
      int length = 0;
      for (int k = 0; k < sentence.size(); k++) {
        int t = sentence.termAt(k);
        double c = sentence.weightAt(k);
        length += (int) c;
        gain += clusterProbability[t] * Math.log1p(c / (summaryCount[t] + smoothing));
      }
      return gain - Math.log((summaryTotal + length + smoothingMass) / (summaryTotal + smoothingMass));
    }

    void add(TermVector sentence) {
      for (int k = 0; k < sentence.size(); k++) {
        summaryCount[sentence.termAt(k)] += sentence.weightAt(k);
        summaryTotal += sentence.weightAt(k);
      }
    }

    /** {@code KL(P_D || P_S)} computed from scratch (for checking the incremental form). */
    double divergence() {
      double kl = 0;
      double normalizer = summaryTotal + smoothingMass;
      for (int t = 0; t < clusterProbability.length; t++) {
        double p = clusterProbability[t];
        if (p > 0) {
          kl += p * Math.log(p / ((summaryCount[t] + smoothing) / normalizer));
        }
      }
      return kl;
    }
  }
}
