package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * Fills a budget from a ranking: walks candidates best first and keeps each sentence that fits
 * the remaining budget, is {@linkplain Eligibility eligible}, and is neither a near-duplicate of
 * a sentence already kept (content-term cosine at or above the method's {@code maxSimilarity}) nor
 * the same text as one, nor a near-duplicate of a history sentence (already read). Shared by the methods that score sentences and then pick greedily,
 * either from a fixed ranking ({@link #takeInOrder}) or one sentence at a time
 * ({@link #accepts}, {@link #add}); methods that rank sentences in tiers rather than one by one
 * (lead: all first sentences, then all second sentences) fill it tier by tier with
 * {@link #takeBestFit}. Not thread-safe: one per call.
 *
 * <p>Every method gets the same readability rules here: a sentence that opens with a
 * {@linkplain DanglingOpening dangling} connective or pronoun is kept only right after the sentence
 * before it in its document, which the {@linkplain org.newsum.output.SentenceOrderer orderer}
 * keeps in front of it; a ranking that reaches such a sentence first may take the two together as
 * one unit ({@link #takeInOrder}). Where every eligible sentence dangles the rule is dropped, so
 * that such text is still summarized. A single-document summary starts from its lead
 * ({@link #startFromLead}).
 */
public final class GreedySelector {
  /**
   * Largest problem {@link #takeBestFit} solves exactly, in candidates × budget units left
   * (under a second); larger tiers are taken in order while they fit.
   */
  static final long MAX_BEST_FIT_STEPS = 1L << 26;

  private final AnalyzedCluster cluster;
  private final Budget budget;
  private final int minWords;
  private final double maxSimilarity;
  private final TermVector[] vectors;
  private final int[] costs;
  private final boolean[] dangling;
  private final boolean[] isKept;
  private final List<Integer> kept = new ArrayList<>();
  private int used;

  /** A selector with the default thresholds ({@link MethodOptions#DEFAULT_MIN_WORDS}, {@link MethodOptions#DEFAULT_MAX_SIMILARITY}). */
  public GreedySelector(AnalyzedCluster cluster, Budget budget) {
    this(cluster, budget, MethodOptions.DEFAULT_MIN_WORDS, MethodOptions.DEFAULT_MAX_SIMILARITY);
  }

  /**
   * @param minWords shortest eligible sentence, in words
   * @param maxSimilarity content-word cosine from which a sentence repeats a kept one
   */
  public GreedySelector(AnalyzedCluster cluster, Budget budget, int minWords, double maxSimilarity) {
    this.cluster = cluster;
    this.budget = budget;
    this.minWords = minWords;
    this.maxSimilarity = maxSimilarity;
    this.vectors = new TermVector[cluster.size()];
    this.costs = new int[cluster.size()];
    Arrays.fill(costs, -1);
    this.dangling = new boolean[cluster.size()];
    boolean anyReadable = false;
    for (int i = 0; i < dangling.length; i++) {
      dangling[i] = DanglingOpening.isDangling(cluster.language(), cluster.sentence(i).text());
      anyReadable |= !dangling[i] && Eligibility.isEligible(cluster, i, minWords);
    }
    if (!anyReadable) {
      Arrays.fill(dangling, false); // every eligible sentence dangles: better one of them than nothing
    }
    this.isKept = new boolean[cluster.size()];
  }

  /**
   * Keeps candidates in the given order while they fit; returns the kept indices. A candidate
   * with a dangling opening whose predecessor is not kept yet comes with its predecessor when
   * both are acceptable and fit together: the ranking wants its content, which reads only in
   * context.
   */
  public List<Integer> takeInOrder(List<Integer> candidates) {
    for (int i : candidates) {
      if (isFull()) {
        break;
      }
      take(i, k -> { });
    }
    return selected();
  }

  /**
   * Keeps sentence {@code i} if it is {@linkplain #accepts acceptable}, or together with the
   * sentence before it when it dangles and both are acceptable and fit ({@link #takeInOrder});
   * reports each kept sentence to {@code added}. Returns whether {@code i} was kept.
   */
  public boolean take(int i, IntConsumer added) {
    if (accepts(i)) {
      add(i);
      added.accept(i);
      return true;
    }
    if (acceptsWithPredecessor(i)) {
      add(i - 1);
      added.accept(i - 1);
      add(i);
      added.accept(i);
      return true;
    }
    return false;
  }

  /**
   * Whether sentence {@code i}, which dangles, and the sentence before it in its document may
   * join the summary together: the predecessor is {@linkplain #accepts acceptable}, and {@code i}
   * would be once the predecessor is kept.
   */
  private boolean acceptsWithPredecessor(int i) {
    return dangling[i] && hasPredecessor(i) && accepts(i - 1) && used + cost(i - 1) + cost(i) <= budget.limit()
        && acceptsInContext(i) && !Redundancy.repeats(vector(i), vector(i - 1), maxSimilarity);
  }

  /** Whether sentence {@code i} has a sentence before it in its document. */
  private boolean hasPredecessor(int i) {
    return i > 0 && cluster.sentence(i - 1).documentIndex() == cluster.sentence(i).documentIndex();
  }

  /** Whether sentence {@code i} reads on its own or follows a kept sentence it leans on. */
  private boolean leansOnKept(int i) {
    return !dangling[i] || hasPredecessor(i) && isKept[i - 1];
  }

  /**
   * On a single-document cluster, keeps the document's first acceptable sentence (news puts the
   * main fact first, and a summary that opens elsewhere reads like a middle) and reports it to
   * {@code added}; does nothing on larger clusters or when a sentence is kept already.
   */
  public void startFromLead(IntConsumer added) {
    if (cluster.documentCount() != 1 || !kept.isEmpty()) {
      return;
    }
    for (int i = 0; i < cluster.size(); i++) {
      if (accepts(i)) {
        add(i);
        added.accept(i);
        return;
      }
    }
  }

  /**
   * Keeps the part of {@code tier} (candidates of equal rank, in order of preference) that fills
   * the most of the remaining budget: of the tier's {@linkplain #accepts acceptable} sentences,
   * less any that repeats an earlier one of the tier, the combination whose total cost comes
   * closest to the budget left without exceeding it (an exact 0/1 knapsack). Among combinations
   * of equal cost it takes the one that reaches least far down the tier. Tiers too large to
   * solve exactly (tier size × budget left above {@link #MAX_BEST_FIT_STEPS}) are taken in order
   * while they fit. Returns the kept indices so far. A tier of more than
   * {@link TopScores#MAX_CANDIDATES} sentences (lead over thousands of documents) is taken in
   * consecutive parts of that size, each as above.
   *
   * <p>The candidates are filtered and fed to the knapsack one at a time, and the tier is left as
   * soon as some combination fills the budget exactly: no later candidate can change the answer
   * then (it prefers the combination reaching least far down), so the work is that of the prefix
   * needed, not of the tier, whose repeat checks grow with its square.
   */
  public List<Integer> takeBestFit(List<Integer> tier) {
    if (tier.size() > TopScores.MAX_CANDIDATES) {
      // Checking each sentence against the tier's earlier ones is quadratic: solve chunk by chunk.
      for (int from = 0; from < tier.size() && !isFull(); from += TopScores.MAX_CANDIDATES) {
        takeBestFit(tier.subList(from, Math.min(tier.size(), from + TopScores.MAX_CANDIDATES)));
      }
      return selected();
    }
    int left = budget.limit() - used;
    List<Integer> candidates = new ArrayList<>();
    if ((long) tier.size() * left > MAX_BEST_FIT_STEPS) {
      for (int i : tier) {
        if (accepts(i) && !repeatsAny(i, candidates)) {
          candidates.add(i);
        }
      }
      return takeInOrder(candidates);
    }
    // reachedBy[x]: the first candidate with which some combination of candidates costs exactly x
    // (-1: none yet); the rest of that combination comes from candidates before it.
    int[] reachedBy = new int[left + 1];
    Arrays.fill(reachedBy, -1);
    reachedBy[0] = tier.size(); // the empty combination
    long total = 0;
    for (int t = 0; t < tier.size() && reachedBy[left] < 0; t++) {
      int i = tier.get(t);
      if (!accepts(i) || repeatsAny(i, candidates)) {
        continue;
      }
      int k = candidates.size();
      candidates.add(i);
      int c = cost(i);
      total += c;
      for (int x = left; x >= c; x--) {
        if (reachedBy[x] < 0 && reachedBy[x - c] >= 0) {
          reachedBy[x] = k;
        }
      }
    }
    if (total <= left) {
      return takeInOrder(candidates);
    }
    int x = left;
    while (reachedBy[x] < 0) {
      x--;
    }
    boolean[] chosen = new boolean[candidates.size()];
    while (x > 0) {
      int k = reachedBy[x];
      chosen[k] = true;
      x -= cost(candidates.get(k));
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (chosen[k]) {
        add(candidates.get(k));
      }
    }
    return selected();
  }

  /** Keeps sentences in decreasing order of {@code scores} (ties: earlier sentence first). */
  public List<Integer> takeBest(double[] scores) {
    List<Integer> ranking = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      ranking.add(i);
    }
    ranking.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
    startFromLead(i -> { });
    return takeInOrder(ranking);
  }

  /**
   * Builds the summary one sentence at a time, for methods whose scores change as it grows:
   * each step takes, among the sentences still {@linkplain #accepts acceptable}, the one with
   * the highest {@code gain} (asked anew every step; ties go to the earlier sentence; a gain of
   * negative infinity excludes a sentence) and reports it to {@code added} so the method can
   * update its state. Candidates that no longer fit or turn out redundant are dropped for good;
   * a dangling one waits until the sentence before it is kept. A single-document summary starts
   * from its lead. Only the {@link TopScores#MAX_CANDIDATES} sentences of highest initial gain are
   * candidates, so that a step costs a bounded pool, not the whole input.
   */
  public List<Integer> takeGreedily(IntToDoubleFunction gain, IntConsumer added) {
    startFromLead(added);
    int n = cluster.size();
    boolean[] available = new boolean[n];
    for (int i = 0; i < n; i++) {
      available[i] = acceptsInContext(i);
    }
    TopScores.keepBest(available, gain);
    int[] pool = new int[n];
    int poolSize = 0;
    for (int i = 0; i < n; i++) {
      if (available[i]) {
        pool[poolSize++] = i;
      }
    }
    while (!isFull()) {
      int best = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < poolSize; k++) {
        int i = pool[k];
        if (available[i] && !fits(i)) {
          available[i] = false; // the budget only shrinks: it never will fit again
        }
        if (available[i] && leansOnKept(i)) {
          double g = gain.applyAsDouble(i);
          if (g > bestGain) {
            best = i;
            bestGain = g;
          }
        }
      }
      if (best < 0) {
        break;
      }
      available[best] = false;
      if (accepts(best)) {
        add(best);
        added.accept(best);
      }
    }
    return selected();
  }

  /**
   * Whether sentence {@code i} may join the summary now: eligible, not yet kept, fits the
   * remaining budget, is no near-duplicate of a kept sentence nor of a sentence of the cluster's
   * history (which the reader has already read), and does not dangle unless the
   * sentence before it in its document is kept. Once false it stays false but for a dangling
   * sentence, whose predecessor may be kept later; iterative methods that drop a rejected
   * candidate therefore never use a dangling sentence whose predecessor they take after it.
   */
  public boolean accepts(int i) {
    return acceptsInContext(i) && leansOnKept(i);
  }

  /**
   * {@link #accepts} but for the dangling rule: whether sentence {@code i} would be acceptable
   * once the sentence it leans on is kept. Once false it stays false.
   */
  public boolean acceptsInContext(int i) {
    return fits(i) && Eligibility.isEligible(cluster, i, minWords) && !isKept[i]
        && cluster.historySimilarity(i) < maxSimilarity && !isRedundant(i);
  }

  /**
   * Whether sentence {@code i} fits the remaining budget: the cheap part of {@link #accepts},
   * for methods that scan many candidates per step and should drop those that no longer fit.
   */
  public boolean fits(int i) {
    return used + cost(i) <= budget.limit();
  }

  /** Adds sentence {@code i}, which must have been {@linkplain #accepts accepted}. */
  public void add(int i) {
    kept.add(i);
    isKept[i] = true;
    used += cost(i);
  }

  private int cost(int i) {
    if (costs[i] < 0) {
      costs[i] = cluster.cost(i, budget);
    }
    return costs[i];
  }

  /** Whether the budget is used up. */
  public boolean isFull() {
    return used >= budget.limit();
  }

  /** The kept sentence indices, in the order they were added. */
  public List<Integer> selected() {
    return List.copyOf(kept);
  }

  /** Too similar to a kept sentence, or the same text (which catches sentences of stop words only). */
  private boolean isRedundant(int candidate) {
    return repeatsAny(candidate, kept);
  }

  /** Too similar to one of {@code others}, or the same text as one. */
  private boolean repeatsAny(int candidate, List<Integer> others) {
    TermVector v = vector(candidate);
    String text = cluster.sentence(candidate).text();
    for (int k : others) {
      if (Redundancy.repeats(v, vector(k), maxSimilarity) || text.equals(cluster.sentence(k).text())) {
        return true;
      }
    }
    return false;
  }

  private TermVector vector(int i) {
    if (vectors[i] == null) {
      vectors[i] = cluster.contentTerms(i);
    }
    return vectors[i];
  }
}
