package org.newsum.internal.stories;

import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.IntList;
import org.newsum.stories.StoryOptions;

/**
 * Average-linkage merging of the refined stories, bounded by an index: the pair of stories whose
 * articles are on average most similar (mean cosine over all their cross pairs) merges first, as
 * long as that mean reaches the {@linkplain OnlineStoryGrouper#required required cosine} for their
 * time gap (from {@link StoryOptions#mergeThreshold}). The mean over all pairs is exact and cheap:
 * the articles' vectors have unit length, so it is the dot product of the two stories' vector sums
 * divided by both sizes, and after a merge the sums add. The centroid assignment of the pass and
 * the refinement needs each article to resemble its story's centre; reports of one topic that
 * resemble each other only loosely but consistently are found by this linkage, which is what the
 * average-linkage baseline does. Candidate pairs come through an inverted index over each
 * story's top {@link StoryOptions#centroidTerms} terms, queried with its top {@link
 * StoryOptions#queryTerms}, so the cost grows with the stories and their candidates, never all
 * pairs.
 *
 * <p>With {@link StoryOptions#neighbourNorm} a, two articles' similarity is their cosine over (n_i
 * n_j)^(a/2), n the cosine of each with its nearest other article ({@link NearestNeighbours}):
 * each unit vector is scaled by n^(-a/2) before it is summed, so the mean over all cross pairs
 * stays the dot product of two sums over both sizes. Long articles and loose topics, whose cosines
 * are low with everything, then meet the threshold that short near-copies do.
 *
 * <p>With {@link StoryOptions#sharedWeight} w, w times the share of two articles' lists of nearest
 * neighbours (each with the article itself) that they have in common is added to their
 * similarity. The share is a dot product too, of indicator vectors over the articles (ids from
 * {@code terms} on, after the term ids), so it rides in the same sums and the mean stays exact;
 * shared neighbours also find candidate pairs through the same index.
 */
final class StoryMerger {
  /**
   * Candidate pairs kept per story, its best by mean cosine: a topic of n stories that all share
   * terms would otherwise queue n^2 pairs. When a partner merges, the pair moves to the merged
   * story, so each story keeps its candidates and the queue stays within n times this.
   */
  static final int PAIRS_PER_STORY = 16;
  /** Nearest-neighbour cosine assumed at least (an article alone in the feed must not weigh without bound). */
  static final double LEAST_NEAREST = 0.05;

  private final StoryOptions options;
  private final ArticleVectorizer vectorizer;
  /** Term ids are below this; ids from here on stand for articles as neighbours. */
  private final int terms;
  private final SparseVector[] sums;
  private final int[] sizes;
  private final int[] firstDay;
  private final int[] lastDay;
  private final int[] versions;
  /** Per story: the story it merged into ({@code c} itself while it is alive). */
  private final int[] parent;
  /** Term -> the stories posted under it (merged-away stories are dropped when read). */
  private final IntList[] postings;
  /** Per story: the terms it is posted under, sorted (so that a merge posts only its new terms). */
  private final int[][] posted;
  private final double[] dense;
  private final int[] seen;
  private int stamp;
  /** The qualifying partners of the story {@link #pushPairs} is at, and their means by story. */
  private final IntList found = new IntList();
  private final double[] means;
  private final PairHeap heap = new PairHeap();

  private StoryMerger(List<List<OpenStory.Member>> stories, int terms, StoryOptions options,
      ArticleVectorizer vectorizer) {
    this.options = options;
    this.vectorizer = vectorizer;
    this.terms = terms;
    int n = stories.size();
    sums = new SparseVector[n];
    sizes = new int[n];
    firstDay = new int[n];
    lastDay = new int[n];
    versions = new int[n];
    parent = new int[n];
    seen = new int[n];
    means = new double[n];
    posted = new int[n][];
    Arrays.fill(firstDay, OpenStory.NO_DAY);
    Arrays.fill(lastDay, OpenStory.NO_DAY);
    List<SparseVector> vectors = stories.stream().flatMap(List::stream).map(OpenStory.Member::vector).toList();
    SparseVector[] linked = linked(vectors, terms, options);
    int dimensions = options.sharedWeight() > 0 ? terms + vectors.size() : terms;
    postings = new IntList[dimensions];
    dense = new double[dimensions];
    int m = 0;
    for (int c = 0; c < n; c++) {
      parent[c] = c;
      SparseVector sum = SparseVector.EMPTY;
      for (OpenStory.Member member : stories.get(c)) {
        sum = sum.plus(linked[m]);
        m++;
        addDay(c, member.day());
      }
      sums[c] = sum;
      sizes[c] = stories.get(c).size();
      post(c);
    }
  }

  /**
   * Per member (stories in order, members in order, numbered m): its vector such that the dot
   * product of two is the pair's similarity. Its unit vector scaled so that the dot product is
   * their cosine over (n_i n_j)^(neighbourNorm / 2), n the cosine with the nearest other article
   * (at least {@value #LEAST_NEAREST}); with {@link StoryOptions#sharedWeight} w, followed (at ids
   * {@code terms + m'}) by sqrt(w / (k + 1)) for the article m itself and each m' of its k =
   * {@link StoryOptions#sharedNeighbours} nearest, so that the dot product adds w times the share
   * of those lists two articles have in common.
   */
  private static SparseVector[] linked(List<SparseVector> vectors, int terms, StoryOptions options) {
    SparseVector[] linked = vectors.toArray(new SparseVector[0]);
    boolean shared = options.sharedWeight() > 0;
    if (options.neighbourNorm() == 0 && !shared) {
      return linked;
    }
    NearestNeighbours neighbours = NearestNeighbours.find(vectors, terms, options.queryTerms(),
        shared ? options.sharedNeighbours() : 0);
    double entry = Math.sqrt(options.sharedWeight() / (options.sharedNeighbours() + 1));
    for (int m = 0; m < linked.length; m++) {
      if (options.neighbourNorm() != 0) {
        linked[m] = linked[m].times(Math.pow(Math.max(LEAST_NEAREST, neighbours.nearest()[m]), -options.neighbourNorm() / 2));
      }
      if (shared) {
        int[] list = neighbours.lists()[m];
        int[] ids = new int[list.length + 1];
        int at = 0;
        boolean self = false;
        for (int other : list) {
          if (!self && other > m) {
            ids[at++] = terms + m;
            self = true;
          }
          ids[at++] = terms + other;
        }
        if (!self) {
          ids[at] = terms + m;
        }
        double[] weights = new double[ids.length];
        Arrays.fill(weights, entry);
        linked[m] = linked[m].plus(new SparseVector(ids, weights));
      }
    }
    return linked;
  }

  /**
   * The story each of {@code stories} ends in after merging: for every index, the smallest index of
   * the stories merged with it (itself when it stays apart). Empty stories stay apart.
   */
  static int[] merge(List<List<OpenStory.Member>> stories, int terms, StoryOptions options,
      ArticleVectorizer vectorizer) {
    StoryMerger merger = new StoryMerger(stories, terms, options, vectorizer);
    merger.run();
    int[] into = new int[stories.size()];
    for (int c = 0; c < into.length; c++) {
      into[c] = merger.root(c);
    }
    return into;
  }

  private void run() {
    for (int c = 0; c < sums.length; c++) {
      if (sizes[c] > 0) {
        pushPairs(c);
      }
    }
    while (heap.size() > 0) {
      int a = heap.topA();
      int b = heap.topB();
      boolean currentA = heap.topVersionA() == versions[a];
      boolean currentB = heap.topVersionB() == versions[b];
      heap.pop();
      if (currentA != currentB) {
        // one side merged since: its partner's candidate is now the story it merged into
        int stays = currentA ? a : b;
        repush(stays, root(currentA ? b : a));
        continue;
      }
      if (!currentA) {
        continue;
      }
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      sums[keep] = sums[keep].plus(sums[gone]);
      sizes[keep] += sizes[gone];
      addDay(keep, firstDay[gone]);
      addDay(keep, lastDay[gone]);
      parent[gone] = keep;
      versions[keep]++;
      versions[gone]++;
      post(keep);
      pushPairs(keep);
    }
  }

  private int root(int c) {
    int r = c;
    while (parent[r] != r) {
      r = parent[r];
    }
    return r;
  }

  private void addDay(int c, int day) {
    if (day != OpenStory.NO_DAY) {
      firstDay[c] = firstDay[c] == OpenStory.NO_DAY ? day : Math.min(firstDay[c], day);
      lastDay[c] = lastDay[c] == OpenStory.NO_DAY ? day : Math.max(lastDay[c], day);
    }
  }

  /**
   * Indexes story {@code c} under those of its top terms it is not yet posted under: each story
   * appears at most once per term, however often it merges.
   */
  private void post(int c) {
    int[] top = SparseVector.top(sums[c].ids(), sums[c].weights(), sums[c].size(), options.centroidTerms()).ids();
    int[] before = posted[c] == null ? new int[0] : posted[c];
    int[] union = new int[before.length + top.length];
    int n = 0;
    int b = 0;
    for (int term : top) {
      while (b < before.length && before[b] < term) {
        union[n++] = before[b++];
      }
      if (b < before.length && before[b] == term) {
        union[n++] = before[b++];
        continue;
      }
      if (postings[term] == null) {
        postings[term] = new IntList(4);
      }
      postings[term].add(c);
      union[n++] = term;
    }
    while (b < before.length) {
      union[n++] = before[b++];
    }
    posted[c] = Arrays.copyOf(union, n);
  }

  /**
   * Pushes the {@value #PAIRS_PER_STORY} best candidate pairs of {@code c} whose mean cosine reaches
   * the required one (ties to the smaller partner).
   */
  private void pushPairs(int c) {
    scatter(c);
    int now = ++stamp;
    seen[c] = now;
    found.clear();
    SparseVector sum = sums[c];
    SparseVector query = SparseVector.top(sum.ids(), sum.weights(), sum.size(), options.queryTerms());
    for (int term : query.ids()) {
      IntList list = postings[term];
      int kept = 0;
      for (int p = 0; list != null && p < list.size(); p++) {
        int d = list.get(p);
        if (parent[d] != d) {
          continue; // merged away: dropped from the list
        }
        list.set(kept++, d);
        if (seen[d] != now) {
          seen[d] = now;
          double mean = qualifyingMean(c, d);
          if (mean >= 0) {
            found.add(d);
            means[d] = mean;
          }
        }
      }
      if (list != null) {
        list.truncate(kept);
      }
    }
    unscatter(c);
    int[] partners = found.toArray();
    int keep = Math.min(PAIRS_PER_STORY, partners.length);
    for (int k = 0; k < keep; k++) {
      int best = k; // a partial selection sort: keep is small
      for (int i = k + 1; i < partners.length; i++) {
        if (means[partners[i]] > means[partners[best]]
            || means[partners[i]] == means[partners[best]] && partners[i] < partners[best]) {
          best = i;
        }
      }
      int d = partners[best];
      partners[best] = partners[k];
      partners[k] = d;
      heap.push(means[d], c, d, versions[c], versions[d]);
    }
  }

  /** Pushes the pair of {@code c} and {@code d} again with their current versions, if it still qualifies. */
  private void repush(int c, int d) {
    if (c == d) {
      return;
    }
    scatter(c);
    double mean = qualifyingMean(c, d);
    unscatter(c);
    if (mean >= 0) {
      heap.push(mean, c, d, versions[c], versions[d]);
    }
  }

  /** The mean cosine of {@code c} (scattered) and {@code d}, or -1 when it misses the required one for their gap. */
  private double qualifyingMean(int c, int d) {
    double dot = dot(sums[d]);
    double mean = dot / ((double) sizes[c] * sizes[d]);
    int gap = gap(c, d);
    boolean reaches = mean >= options.mergeThreshold() && (gap <= options.windowDays()
        || mean >= OnlineStoryGrouper.required(options, options.mergeThreshold(), gap, anchorShare(sums[d])));
    return reaches ? mean : -1;
  }

  private void scatter(int c) {
    SparseVector sum = sums[c];
    for (int k = 0; k < sum.size(); k++) {
      dense[sum.ids()[k]] = sum.weights()[k];
    }
  }

  private void unscatter(int c) {
    for (int id : sums[c].ids()) {
      dense[id] = 0;
    }
  }

  /** The dot product of the scattered sum with {@code other}. */
  private double dot(SparseVector other) {
    double dot = 0;
    for (int k = 0; k < other.size(); k++) {
      dot += dense[other.ids()[k]] * other.weights()[k];
    }
    return dot;
  }

  /** The share of the scattered sum's dot product with {@code other} over terms (not neighbours) that anchors make. */
  private double anchorShare(SparseVector other) {
    double anchorDot = 0;
    double termDot = 0;
    for (int k = 0; k < other.size() && other.ids()[k] < terms; k++) {
      int term = other.ids()[k];
      double product = dense[term] * other.weights()[k];
      termDot += product;
      if (product != 0 && vectorizer.isAnchor(term)) {
        anchorDot += product;
      }
    }
    return OnlineStoryGrouper.anchorShare(anchorDot, termDot);
  }

  /** Days between the date ranges of two stories, 0 when they overlap or either is undated. */
  private int gap(int a, int b) {
    return OpenStory.gap(firstDay[a], lastDay[a], firstDay[b], lastDay[b]);
  }
}
