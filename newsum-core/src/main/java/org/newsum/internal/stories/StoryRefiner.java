package org.newsum.internal.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.IntList;
import org.newsum.stories.Story;
import org.newsum.stories.StoryOptions;

/**
 * Refines the open stories of a single pass by re-assignment, {@link StoryOptions#refineRounds}
 * times: every article goes to the story whose centroid (recomputed from the current members, its
 * own story's without the article itself) is most similar and reaches the {@linkplain
 * OnlineStoryGrouper#required required cosine} for their time gap (from {@link
 * StoryOptions#refineThreshold}), or else stands alone. This
 * undoes what the feed order did: an article that opened a story before its event's other
 * reports came moves to them, and a member that fits its story worse than the threshold leaves.
 * Candidates come through an inverted index over the centroids, as in the pass; the cost per round
 * is that of grouping the open articles once, the memory their vectors. Then, with a {@link
 * StoryOptions#pairThreshold} (or else a {@link StoryOptions#mergeThreshold}), the re-assigned
 * stories are merged by average linkage ({@link PairLinker}, {@link StoryMerger}: also when there
 * are no more open articles than {@link PairFeatures#NEIGHBOURS}, too few for the pair model, which
 * reads the shape of each article's list of that many nearest neighbours); a merged story keeps the id and headline of the one opened first.
 *
 * <p>Stories keep their ids and headlines; an article that leaves its story to stand alone gets
 * the id of the story it left with a suffix ({@code s12.1}, {@code s12.2}, ...) and its own
 * headline (one that was alone and fits no other story keeps its own).
 */
final class StoryRefiner {
  private StoryRefiner() {}

  /** The refined stories of {@code open} (in the order opened): the originals in order, then the split-off articles. */
  static List<Story> refine(List<OpenStory> open, StoryOptions options, ArticleVectorizer vectorizer) {
    List<OpenStory.Member> members = new ArrayList<>();
    IntList owners = new IntList();
    int maxTerm = 0;
    for (int c = 0; c < open.size(); c++) {
      for (OpenStory.Member member : open.get(c).members) {
        members.add(member);
        owners.add(c);
        int[] ids = member.vector().ids();
        maxTerm = ids.length == 0 ? maxTerm : Math.max(maxTerm, ids[ids.length - 1]);
      }
    }
    int[] owner = owners.toArray();
    int clusters = open.size();
    IntList origin = new IntList();
    for (int c = 0; c < clusters; c++) {
      origin.add(c);
    }
    for (int round = 0; round < options.refineRounds(); round++) {
      int[] next = new Round(members, owner, clusters, maxTerm + 1, options, vectorizer).reassign();
      for (int k = 0; k < next.length; k++) {
        if (next[k] >= clusters) {
          origin.add(origin.get(owner[k]));
        }
      }
      owner = next;
      clusters = origin.size();
    }
    List<List<OpenStory.Member>> grouped = new ArrayList<>(clusters);
    for (int c = 0; c < clusters; c++) {
      grouped.add(new ArrayList<>());
    }
    for (int k = 0; k < owner.length; k++) {
      grouped.get(owner[k]).add(members.get(k));
    }
    boolean pairs = options.pairThreshold() > 0 && members.size() > PairFeatures.NEIGHBOURS;
    if (pairs || options.mergeThreshold() > 0) {
      int[] into = pairs ? PairLinker.merge(grouped, maxTerm + 1, options)
          : StoryMerger.merge(grouped, maxTerm + 1, options, vectorizer);
      for (int c = 0; c < clusters; c++) {
        if (into[c] != c) {
          grouped.get(into[c]).addAll(grouped.get(c));
          grouped.get(c).clear();
        }
      }
    }
    int[] splits = new int[open.size()];
    List<Story> stories = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      List<OpenStory.Member> story = grouped.get(c);
      if (story.isEmpty()) {
        continue;
      }
      OpenStory from = open.get(origin.get(c));
      stories.add(c < open.size() ? OpenStory.snapshot(from.id, story, from.headline)
          : OpenStory.snapshot(from.id + "." + ++splits[origin.get(c)], story, story.get(0).headline()));
    }
    return stories;
  }

  /** One re-assignment over fixed centroids. */
  private static final class Round {
    private final List<OpenStory.Member> members;
    private final int[] owner;
    private final int clusters;
    private final StoryOptions options;
    private final ArticleVectorizer vectorizer;
    private final SparseVector[] centroids;
    private final double[] norms;
    private final int[] firstDay;
    private final int[] lastDay;
    private final IntList[] postings;
    private final double[] dense;
    /** Articles per cluster: an article alone in its cluster that fits no other keeps it (and its id). */
    private final int[] sizes;

    Round(List<OpenStory.Member> members, int[] owner, int clusters, int terms, StoryOptions options,
        ArticleVectorizer vectorizer) {
      this.vectorizer = vectorizer;
      this.members = members;
      this.owner = owner;
      this.clusters = clusters;
      this.options = options;
      centroids = new SparseVector[clusters];
      Arrays.fill(centroids, SparseVector.EMPTY);
      firstDay = new int[clusters];
      lastDay = new int[clusters];
      Arrays.fill(firstDay, OpenStory.NO_DAY);
      Arrays.fill(lastDay, OpenStory.NO_DAY);
      for (int k = 0; k < owner.length; k++) {
        OpenStory.Member member = members.get(k);
        int c = owner[k];
        centroids[c] = centroids[c].plus(member.vector());
        if (member.day() != OpenStory.NO_DAY) {
          firstDay[c] = firstDay[c] == OpenStory.NO_DAY ? member.day() : Math.min(firstDay[c], member.day());
          lastDay[c] = lastDay[c] == OpenStory.NO_DAY ? member.day() : Math.max(lastDay[c], member.day());
        }
      }
      sizes = new int[clusters];
      for (int c : owner) {
        sizes[c]++;
      }
      norms = new double[clusters];
      postings = new IntList[terms];
      for (int c = 0; c < clusters; c++) {
        SparseVector sum = centroids[c];
        centroids[c] = SparseVector.top(sum.ids(), sum.weights(), sum.size(), options.centroidTerms());
        norms[c] = centroids[c].norm();
        for (int term : centroids[c].ids()) {
          if (postings[term] == null) {
            postings[term] = new IntList(4);
          }
          postings[term].add(c);
        }
      }
      dense = new double[terms];
    }

    /** The new cluster of every article: an existing one, or a new one numbered from {@code clusters} up. */
    int[] reassign() {
      int[] next = new int[owner.length];
      int[] seen = new int[clusters];
      Arrays.fill(seen, -1);
      IntList candidates = new IntList();
      int fresh = clusters;
      for (int k = 0; k < owner.length; k++) {
        OpenStory.Member member = members.get(k);
        SparseVector vector = member.vector();
        for (int i = 0; i < vector.size(); i++) {
          dense[vector.ids()[i]] = vector.weights()[i];
        }
        candidates.clear();
        SparseVector query = SparseVector.top(vector.ids(), vector.weights(), vector.size(), options.queryTerms());
        for (int term : query.ids()) {
          IntList list = postings[term];
          for (int p = 0; list != null && p < list.size(); p++) {
            int c = list.get(p);
            if (seen[c] != k) {
              seen[c] = k;
              candidates.add(c);
            }
          }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
          int c = candidates.get(i);
          double score = score(c, c == owner[k]);
          int gap = OpenStory.gap(member.day(), firstDay[c], lastDay[c]);
          if (score >= options.refineThreshold() && (gap <= options.windowDays()
              || score >= OnlineStoryGrouper.required(options, options.refineThreshold(), gap, anchorShare(c, c == owner[k])))
              && (best < 0 || score > bestScore || score == bestScore && c < best)) {
            best = c;
            bestScore = score;
          }
        }
        for (int id : vector.ids()) {
          dense[id] = 0;
        }
        next[k] = best >= 0 ? best : sizes[owner[k]] == 1 ? owner[k] : fresh++;
      }
      return next;
    }

    /** The share of the scattered article's dot product with centroid {@code c} (as in {@link #score}) that anchors make. */
    private double anchorShare(int c, boolean own) {
      int[] terms = centroids[c].ids();
      double[] weights = centroids[c].weights();
      double dot = 0;
      double anchorDot = 0;
      for (int i = 0; i < terms.length; i++) {
        double w = dense[terms[i]];
        if (w != 0) {
          double product = own ? w * weights[i] - w * w : w * weights[i];
          dot += product;
          if (vectorizer.isAnchor(terms[i])) {
            anchorDot += product;
          }
        }
      }
      return OnlineStoryGrouper.anchorShare(anchorDot, dot);
    }

    /** Cosine of the scattered article with centroid {@code c}, without the article's own part when it is a member. */
    private double score(int c, boolean own) {
      int[] terms = centroids[c].ids();
      double[] weights = centroids[c].weights();
      double dot = 0;
      double self = 0;
      for (int i = 0; i < terms.length; i++) {
        double w = dense[terms[i]];
        dot += w * weights[i];
        self += w * w;
      }
      if (!own) {
        return norms[c] == 0 ? 0 : dot / norms[c];
      }
      double restNorm2 = norms[c] * norms[c] - 2 * dot + self;
      return restNorm2 <= 1e-12 ? 0 : (dot - self) / Math.sqrt(restNorm2);
    }
  }
}
