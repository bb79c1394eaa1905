package org.newsum.internal.stories;

import java.util.Arrays;
import java.util.List;
import org.newsum.stories.StoryOptions;

/**
 * Average-linkage merging of the pass's stories on the same-story probability of their articles'
 * candidate pairs ({@link PairModel}, calibrated to the prior of this feed's pairs): the two stories
 * whose articles are on average most probably one story merge first, as long as that mean reaches
 * the cut, or the {@linkplain OnlineStoryGrouper#required required} mean for their time gap beyond
 * the window (from the cut; without the relief for shared anchors, since no term sums are kept
 * here). A pair that is not a candidate counts 0. The cut is the feed's own: each of {@link
 * #cuts} is tried in turn, its prior settled by a fixed point (the EM estimate for the first cut,
 * the prior the cut before settled on for the next; then the share of candidate pairs the last
 * linkage joined, for at most {@value #FIXED_POINT_ROUNDS} linkages per cut; the share grows with
 * the prior, but more slowly, so the prior moves one way and settles), and the merge with the
 * highest {@linkplain #expectedBCubedF1 expected B-cubed F1} under its settled probabilities is
 * kept. A feed of 2-3 article stories then cuts high and one of loose 20-article topics low,
 * without a level fixed on one of them. Candidate pairs are each
 * article's {@value PairFeatures#NEIGHBOURS} nearest other open articles, found through an
 * inverted index over their top {@link StoryOptions#neighbourTerms} terms ({@link
 * NearestNeighbours}), so the cost grows with the articles, never all
 * pairs. The sums of the probabilities between two stories add on a merge, so the mean stays exact:
 * each story keeps its neighbouring stories with those sums, and a merged story pushes its pairs
 * again (its old ones are stale by version).
 */
final class PairLinker {
  /** Rounds of the prior's fixed point per cut at most (each links once); warm-started, it settles in 1-3 on the shared feeds. */
  static final int FIXED_POINT_ROUNDS = 8;
  /** The fixed point stops once the prior moves by less than this. */
  static final double FIXED_POINT_TOLERANCE = 0.002;

  /** Step between the cuts tried, from {@link StoryOptions#pairThreshold} to {@link StoryOptions#pairThresholdMax}. */
  static final double CUT_STEP = 0.025;

  private final StoryOptions options;
  /** The least mean probability at which two stories merge (within the window). */
  private final double cut;
  private final int[] sizes;
  private final int[] firstDay;
  private final int[] lastDay;
  private final int[] versions;
  /** Per story: the story it merged into ({@code c} itself while it is alive). */
  private final int[] parent;
  /** Per story: its neighbouring stories and the sums of the probabilities to them (may name merged-away ones). */
  private int[][] others;
  private double[][] sums;
  private final PairHeap heap = new PairHeap();

  private PairLinker(int[] sizes, int[] firstDay, int[] lastDay, int[][] others, double[][] sums, double cut,
      StoryOptions options) {
    this.options = options;
    this.cut = cut;
    this.sizes = sizes;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.others = others;
    this.sums = sums;
    int n = sizes.length;
    versions = new int[n];
    parent = new int[n];
    for (int c = 0; c < n; c++) {
      parent[c] = c;
    }
  }

  /**
   * The story each of {@code stories} ends in after merging: for every index, the smallest index of
   * the stories merged with it (itself when it stays apart). Empty stories stay apart.
   */
  static int[] merge(List<List<OpenStory.Member>> stories, int terms, StoryOptions options) {
    return merge(stories, terms, options, FIXED_POINT_ROUNDS);
  }

  /**
   * {@link #merge(List, int, StoryOptions)} with at most {@code rounds} linkages per cut (1: the
   * first cut at the EM estimate, each later one at the share the cut before joined).
   */
  static int[] merge(List<List<OpenStory.Member>> stories, int terms, StoryOptions options, int rounds) {
    int n = stories.size();
    int[] owner = new int[stories.stream().mapToInt(List::size).sum()];
    int[] sizes = new int[n];
    int[] firstDay = new int[n];
    int[] lastDay = new int[n];
    int m = 0;
    for (int c = 0; c < n; c++) {
      sizes[c] = stories.get(c).size();
      firstDay[c] = OpenStory.NO_DAY;
      lastDay[c] = OpenStory.NO_DAY;
      for (OpenStory.Member member : stories.get(c)) {
        owner[m++] = c;
        if (member.day() != OpenStory.NO_DAY) {
          firstDay[c] = firstDay[c] == OpenStory.NO_DAY ? member.day() : Math.min(firstDay[c], member.day());
          lastDay[c] = lastDay[c] == OpenStory.NO_DAY ? member.day() : Math.max(lastDay[c], member.day());
        }
      }
    }
    List<SparseVector> vectors = stories.stream().flatMap(List::stream).map(OpenStory.Member::vector).toList();
    NearestNeighbours neighbours = NearestNeighbours.find(vectors, terms, options.neighbourTerms(), PairFeatures.NEIGHBOURS);
    float[][] embeddings = stories.stream().flatMap(List::stream).map(OpenStory.Member::embedding).toArray(float[][]::new);
    Candidates candidates = Candidates.of(neighbours, vectors, embeddings);
    double q = PairModel.prior(candidates.posteriors);
    int[] best = null;
    double bestF1 = Double.NEGATIVE_INFINITY;
    for (double cut : cuts(options)) {
      int[] into = null;
      double[] probabilities = null;
      for (int round = 0; round < rounds; round++) {
        probabilities = shifted(candidates, q);
        into = link(candidates, probabilities, cut, owner, sizes, firstDay, lastDay, options);
        double next = PairModel.clamp(joinedShare(candidates, owner, into));
        if (Math.abs(next - q) < FIXED_POINT_TOLERANCE) {
          break;
        }
        q = next;
      }
      double f1 = expectedBCubedF1(candidates, probabilities, owner, sizes, into);
      if (f1 > bestF1) {
        best = into;
        bestF1 = f1;
      }
    }
    return best;
  }

  /** The cuts tried: {@link StoryOptions#pairThreshold} up to {@link StoryOptions#pairThresholdMax} by {@value #CUT_STEP}. */
  static double[] cuts(StoryOptions options) {
    int count = 1 + (int) Math.max(0, Math.floor((options.pairThresholdMax() - options.pairThreshold()) / CUT_STEP + 1e-9));
    double[] cuts = new double[count];
    for (int k = 0; k < count; k++) {
      cuts[k] = options.pairThreshold() + k * CUT_STEP;
    }
    return cuts;
  }

  /** The candidate pairs' posteriors moved to prior {@code q}. */
  private static double[] shifted(Candidates candidates, double q) {
    double[] probabilities = new double[candidates.size()];
    for (int k = 0; k < probabilities.length; k++) {
      probabilities[k] = PairModel.shift(candidates.posteriors[k], q);
    }
    return probabilities;
  }

  /**
   * The story each story ends in when merging at {@code cut} on the candidate pairs'
   * {@code probabilities} (see {@link #merge}).
   */
  private static int[] link(Candidates candidates, double[] probabilities, double cut, int[] owner, int[] sizes,
      int[] firstDay, int[] lastDay, StoryOptions options) {
    int n = sizes.length;
    PairLinker linker = new PairLinker(sizes.clone(), firstDay.clone(), lastDay.clone(), new int[n][], new double[n][],
        cut, options);
    linker.collect(candidates, probabilities, owner);
    linker.run();
    int[] into = new int[n];
    for (int c = 0; c < n; c++) {
      into[c] = linker.root(c);
    }
    return into;
  }

  /**
   * The B-cubed F1 the merge {@code into} can expect if the {@code probabilities} are right (Amigó
   * et al. 2009): per article i, precision (1 + P_i) / |its story| and recall (1 + P_i) / (1 + A_i),
   * P_i the sum of the probabilities of its candidate pairs inside its story, A_i over all its
   * candidate pairs (a pair that is not a candidate counts 0, as in the linkage); F1 of the two
   * means. A merge pays while the articles it joins are likely enough one story to outweigh the
   * precision it costs every article of both stories, so the best cut follows from the feed's own
   * probabilities, not a fixed level. B-cubed weighs each article alike, where pairwise F1 weighs
   * the articles of large stories quadratically: a feed of many small stories is cut for its small
   * stories.
   */
  static double expectedBCubedF1(Candidates candidates, double[] probabilities, int[] owner, int[] sizes, int[] into) {
    int articles = owner.length;
    if (articles == 0) {
      return 0;
    }
    double[] inside = new double[articles];
    double[] all = new double[articles];
    for (int k = 0; k < candidates.size(); k++) {
      int a = candidates.first[k];
      int b = candidates.second[k];
      double p = probabilities[k];
      all[a] += p;
      all[b] += p;
      if (into[owner[a]] == into[owner[b]]) {
        inside[a] += p;
        inside[b] += p;
      }
    }
    double[] storySize = new double[sizes.length];
    for (int c = 0; c < sizes.length; c++) {
      storySize[into[c]] += sizes[c];
    }
    double precision = 0;
    double recall = 0;
    for (int a = 0; a < articles; a++) {
      precision += (1 + inside[a]) / storySize[into[owner[a]]];
      recall += (1 + inside[a]) / (1 + all[a]);
    }
    precision /= articles;
    recall /= articles;
    return 2 * precision * recall / (precision + recall);
  }

  /** The share of the candidate pairs whose two articles end in one story. */
  private static double joinedShare(Candidates candidates, int[] owner, int[] into) {
    if (candidates.size() == 0) {
      return PairModel.TRAINING_PRIOR;
    }
    int joined = 0;
    for (int k = 0; k < candidates.size(); k++) {
      if (into[owner[candidates.first[k]]] == into[owner[candidates.second[k]]]) {
        joined++;
      }
    }
    return joined / (double) candidates.size();
  }

  /** Per story, its neighbouring stories with the sums of the probabilities of the candidate pairs between them. */
  private void collect(Candidates candidates, double[] probabilities, int[] owner) {
    int n = sizes.length;
    int[] degree = new int[n];
    for (int k = 0; k < candidates.size(); k++) {
      int a = owner[candidates.first[k]];
      int b = owner[candidates.second[k]];
      if (a != b) {
        degree[a]++;
        degree[b]++;
      }
    }
    for (int c = 0; c < n; c++) {
      others[c] = new int[degree[c]];
      sums[c] = new double[degree[c]];
    }
    Arrays.fill(degree, 0);
    for (int k = 0; k < candidates.size(); k++) {
      int a = owner[candidates.first[k]];
      int b = owner[candidates.second[k]];
      if (a != b) {
        others[a][degree[a]] = b;
        sums[a][degree[a]++] = probabilities[k];
        others[b][degree[b]] = a;
        sums[b][degree[b]++] = probabilities[k];
      }
    }
    for (int c = 0; c < n; c++) {
      compact(c);
    }
  }

  private void run() {
    for (int c = 0; c < sizes.length; c++) {
      pushPairs(c);
    }
    while (heap.size() > 0) {
      int a = heap.topA();
      int b = heap.topB();
      boolean current = heap.topVersionA() == versions[a] && heap.topVersionB() == versions[b];
      heap.pop();
      if (!current) {
        continue; // one side merged since and pushed its pairs again
      }
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      sizes[keep] += sizes[gone];
      firstDay[keep] = earliest(firstDay[keep], firstDay[gone]);
      lastDay[keep] = latest(lastDay[keep], lastDay[gone]);
      parent[gone] = keep;
      versions[keep]++;
      versions[gone]++;
      int[] joined = Arrays.copyOf(others[keep], others[keep].length + others[gone].length);
      System.arraycopy(others[gone], 0, joined, others[keep].length, others[gone].length);
      double[] joinedSums = Arrays.copyOf(sums[keep], joined.length);
      System.arraycopy(sums[gone], 0, joinedSums, sums[keep].length, sums[gone].length);
      others[keep] = joined;
      sums[keep] = joinedSums;
      others[gone] = new int[0];
      sums[gone] = new double[0];
      compact(keep);
      pushPairs(keep);
    }
  }

  /**
   * Maps story {@code c}'s neighbours to the stories they merged into, adds the sums of those that
   * are now one story and drops {@code c} itself; sorted by neighbour.
   */
  private void compact(int c) {
    int[] ids = others[c];
    double[] values = sums[c];
    long[] keyed = new long[ids.length];
    for (int k = 0; k < ids.length; k++) {
      keyed[k] = ((long) root(ids[k]) << 32) | k;
    }
    Arrays.sort(keyed);
    int[] merged = new int[ids.length];
    double[] mergedSums = new double[ids.length];
    int kept = 0;
    for (long key : keyed) {
      int other = (int) (key >>> 32);
      double value = values[(int) key];
      if (other == c) {
        continue;
      }
      if (kept > 0 && merged[kept - 1] == other) {
        mergedSums[kept - 1] += value;
      } else {
        merged[kept] = other;
        mergedSums[kept++] = value;
      }
    }
    others[c] = Arrays.copyOf(merged, kept);
    sums[c] = Arrays.copyOf(mergedSums, kept);
  }

  /** Pushes every pair of {@code c} with a live neighbour whose mean probability reaches the required one for their gap. */
  private void pushPairs(int c) {
    for (int k = 0; k < others[c].length; k++) {
      int d = others[c][k]; // alive: the lists were just compacted
      double mean = sums[c][k] / ((double) sizes[c] * sizes[d]);
      int gap = OpenStory.gap(firstDay[c], lastDay[c], firstDay[d], lastDay[d]);
      if (mean >= cut && (gap <= options.windowDays() || mean >= OnlineStoryGrouper.required(options, cut, gap, 0))) {
        heap.push(mean, c, d, versions[c], versions[d]);
      }
    }
  }

  private int root(int c) {
    int r = c;
    while (parent[r] != r) {
      r = parent[r];
    }
    return r;
  }

  private static int earliest(int a, int b) {
    return a == OpenStory.NO_DAY ? b : b == OpenStory.NO_DAY ? a : Math.min(a, b);
  }

  private static int latest(int a, int b) {
    return a == OpenStory.NO_DAY ? b : b == OpenStory.NO_DAY ? a : Math.max(a, b);
  }

  /**
   * The candidate pairs of articles, each once (first &lt; second): every article with each of its
   * listed neighbours, with their cosine, their {@linkplain PairFeatures#meaning closeness in
   * meaning} (NaN when an article has no embedding) and the posterior of {@link PairModel} at its
   * training prior.
   */
  record Candidates(int[] first, int[] second, double[] cosines, double[] meaning, double[] posteriors) {
    int size() {
      return first.length;
    }

    /** The candidate pairs of {@code neighbours}, found among {@code vectors} with these {@code embeddings}. */
    static Candidates of(NearestNeighbours neighbours, List<SparseVector> vectors, float[][] embeddings) {
      PairFeatures features = new PairFeatures(neighbours, vectors.stream().mapToInt(SparseVector::size).toArray());
      int[][] ranked = neighbours.ranked();
      int total = 0;
      for (int[] list : ranked) {
        total += list.length;
      }
      int[] first = new int[total];
      int[] second = new int[total];
      double[] cosines = new double[total];
      int count = 0;
      for (int i = 0; i < ranked.length; i++) {
        for (int r = 0; r < ranked[i].length; r++) {
          int j = ranked[i][r];
          if (j < i && Arrays.binarySearch(neighbours.lists()[j], i) >= 0) {
            continue; // listed from j's side already
          }
          first[count] = Math.min(i, j);
          second[count] = Math.max(i, j);
          cosines[count++] = neighbours.cosines()[i][r];
        }
      }
      double[] meaning = PairFeatures.meaning(first, second, count, embeddings);
      double[] posteriors = new double[count];
      double[] row = new double[PairFeatures.WITH_MEANING];
      for (int k = 0; k < count; k++) {
        features.of(first[k], second[k], cosines[k], row);
        boolean withMeaning = !Double.isNaN(meaning[k]);
        row[PairFeatures.COUNT] = withMeaning ? meaning[k] : 0;
        posteriors[k] = PairModel.posterior(row, withMeaning);
      }
      return new Candidates(Arrays.copyOf(first, count), Arrays.copyOf(second, count), Arrays.copyOf(cosines, count),
          meaning, posteriors);
    }
  }
}
