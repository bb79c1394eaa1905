package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Keeps the best-scored of many items in {@code O(n log k)}: the similarity graph's neighbours
 * per sentence, and the candidate pools of the methods whose selection would otherwise cost the
 * number of sentences squared ({@link #MAX_CANDIDATES}).
 */
final class TopScores {
  /**
   * Most sentences the iterative and optimizing selectors (MMR, KL-Sum, SumBasic, concept
   * coverage) consider: each step of theirs rescans every candidate, so their cost would grow
   * with the square of a long input. The largest benchmark cluster has 1,318 sentences, so
   * normal clusters are never cut.
   */
  static final int MAX_CANDIDATES = 2_000;

  private TopScores() {}

  /**
   * The {@link #MAX_CANDIDATES} of {@code candidates} (ascending sentence ids) with the highest
   * {@code score} (ties: lower id), ascending; {@code candidates} itself when there are no more.
   */
  static int[] best(int[] candidates, IntToDoubleFunction score) {
    if (candidates.length <= MAX_CANDIDATES) {
      return candidates;
    }
    int[] ids = candidates.clone();
    double[] scores = new double[ids.length];
    for (int k = 0; k < ids.length; k++) {
      scores[k] = score.applyAsDouble(ids[k]);
    }
    int[] kept = Arrays.copyOf(ids, keepLargest(ids, scores, 0, ids.length, MAX_CANDIDATES));
    Arrays.sort(kept);
    return kept;
  }

  /** Clears {@code available[i]} for all but the {@link #best} available sentences by {@code score}. */
  static void keepBest(boolean[] available, IntToDoubleFunction score) {
    int count = 0;
    for (boolean a : available) {
      count += a ? 1 : 0;
    }
    if (count <= MAX_CANDIDATES) {
      return;
    }
    int[] candidates = new int[count];
    for (int i = 0, k = 0; i < available.length; i++) {
      if (available[i]) {
        candidates[k++] = i;
      }
    }
    Arrays.fill(available, false);
    for (int i : best(candidates, score)) {
      available[i] = true;
    }
  }

  /**
   * Reorders the {@code count} entries of {@code ids} (with their {@code scores}) from
   * {@code from} so that the first {@code keep} have the largest scores (ties: lower id), in
   * {@code O(count · log keep)} with a heap; returns how many are kept.
   */
  static int keepLargest(int[] ids, double[] scores, int from, int count, int keep) {
    if (count <= keep) {
      return count;
    }
    // A heap of the best `keep` so far with the worst of them at its root.
    for (int k = keep / 2 - 1; k >= 0; k--) {
      siftDown(ids, scores, from, keep, k);
    }
    for (int t = keep; t < count; t++) {
      if (better(ids, scores, from + t, from)) {
        swap(ids, scores, from + t, from);
        siftDown(ids, scores, from, keep, 0);
      }
    }
    return keep;
  }

  private static boolean better(int[] ids, double[] scores, int a, int b) {
    return scores[a] > scores[b] || (scores[a] == scores[b] && ids[a] < ids[b]);
  }

  private static void siftDown(int[] ids, double[] scores, int from, int size, int k) {
    while (true) {
      int worst = k;
      int left = 2 * k + 1;
      if (left < size && better(ids, scores, from + worst, from + left)) {
        worst = left;
      }
      if (left + 1 < size && better(ids, scores, from + worst, from + left + 1)) {
        worst = left + 1;
      }
      if (worst == k) {
        return;
      }
      swap(ids, scores, from + k, from + worst);
      k = worst;
    }
  }

  private static void swap(int[] ids, double[] scores, int a, int b) {
    int id = ids[a];
    ids[a] = ids[b];
    ids[b] = id;
    double score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
  }

}
