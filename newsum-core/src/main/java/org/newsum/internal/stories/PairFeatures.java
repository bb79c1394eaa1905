package org.newsum.internal.stories;

import java.util.Arrays;

/**
 * The features of a candidate pair of articles for the same-story model ({@link PairModel}): the
 * pair's cosine and where it stands in each article's list of nearest neighbours ({@link
 * NearestNeighbours}, {@value #NEIGHBOURS} each), and how content-rich each article is against
 * the feed. Stories differ in size from feed to feed (2-3 reports of a story in one, 20 in
 * another), so how an article's neighbour cosines fall off (where the largest drop is, how far the
 * pair stands above the list's tail and its mean) says more than a cosine's level; articles differ
 * in length from feed to feed too, so richness is measured against the feed's own articles.
 * Nothing is language specific.
 */
final class PairFeatures {
  /** Nearest neighbours listed per article; a shorter list is padded with cosine {@value #FLOOR}. */
  static final int NEIGHBOURS = 20;
  /** Least cosine in a logarithm. */
  static final double FLOOR = 1e-3;
  /** Features per pair read off the terms; their order is that of {@link PairModel}'s weights. */
  static final int COUNT = 17;
  /** Features per pair when both articles have embeddings: the {@link #COUNT} and {@link #meaning}'s. */
  static final int WITH_MEANING = COUNT + 1;
  /** Candidates whose embedding similarities make an article's {@linkplain #meaning local level}. */
  static final int MEANING_NEIGHBOURS = 10;

  private final NearestNeighbours neighbours;
  /** Per article, log(1 + terms of its vector) against the articles' median, in their standard deviations. */
  private final double[] richness;
  private final double[] nearest;
  private final double[] tail;
  private final double[] meanLog;
  private final double[] sdLog;
  private final int[] knee;
  private final double[] afterKnee;

  /**
   * @param neighbours the articles' nearest neighbours
   * @param terms per article, the terms of its vector: a content-poor article has few
   */
  PairFeatures(NearestNeighbours neighbours, int[] terms) {
    this.neighbours = neighbours;
    this.richness = richness(terms);
    int n = neighbours.ranked().length;
    nearest = new double[n];
    tail = new double[n];
    meanLog = new double[n];
    sdLog = new double[n];
    knee = new int[n];
    afterKnee = new double[n];
    double[] logs = new double[NEIGHBOURS];
    for (int i = 0; i < n; i++) {
      double[] cosines = neighbours.cosines()[i];
      double sum = 0;
      for (int r = 0; r < NEIGHBOURS; r++) {
        logs[r] = Math.log(Math.max(FLOOR, r < cosines.length ? cosines[r] : 0));
        sum += logs[r];
      }
      double mean = sum / NEIGHBOURS;
      double squares = 0;
      int widest = 0;
      for (int r = 0; r < NEIGHBOURS; r++) {
        squares += (logs[r] - mean) * (logs[r] - mean);
        if (r + 1 < NEIGHBOURS && logs[r] - logs[r + 1] > logs[widest] - logs[widest + 1]) {
          widest = r;
        }
      }
      nearest[i] = Math.max(StoryMerger.LEAST_NEAREST, cosines.length == 0 ? 0 : cosines[0]);
      tail[i] = Math.exp(logs[NEIGHBOURS - 1]);
      meanLog[i] = mean;
      sdLog[i] = Math.sqrt(squares / NEIGHBOURS) + FLOOR;
      knee[i] = widest;
      afterKnee[i] = Math.exp(logs[Math.min(widest + 1, NEIGHBOURS - 1)]);
    }
  }

  /**
   * Writes the features of articles {@code i} and {@code j} with cosine {@code cosine} (above 0)
   * into {@code out}: cosine; log cosine over the geometric mean of both nearest-neighbour cosines;
   * log(1 + rank) of each in the other's list (min, max; {@value #NEIGHBOURS} when absent); the
   * share of the two lists in common; log of that geometric mean; log cosine over each list's last
   * (min, max); its z-score within each list's log cosines (min, max); on how many sides the pair
   * stands before the list's largest drop; log cosine over the cosine after that drop (min, max);
   * log(1 + drop position) (min, max); the article's richness (min, max): log(1 + terms in its
   * vector) less the median of that over the feed's articles, in standard deviations of it, so that
   * a content-poor page (a video stub, a teaser, a crawl notice: few terms, and cosines that say
   * little) stands out in a feed of long reports and in a feed of short ones alike.
   */
  void of(int i, int j, double cosine, double[] out) {
    double c = Math.max(FLOOR, cosine);
    double logC = Math.log(c);
    int ri = rank(i, j);
    int rj = rank(j, i);
    double geometric = Math.sqrt(nearest[i] * nearest[j]);
    out[0] = cosine;
    out[1] = Math.log(cosine / geometric);
    out[2] = Math.log1p(Math.min(ri, rj));
    out[3] = Math.log1p(Math.max(ri, rj));
    out[4] = shared(neighbours.lists()[i], neighbours.lists()[j]) / (double) NEIGHBOURS;
    out[5] = Math.log(geometric);
    pair(out, 6, Math.log(c / tail[i]), Math.log(c / tail[j]));
    pair(out, 8, (logC - meanLog[i]) / sdLog[i], (logC - meanLog[j]) / sdLog[j]);
    out[10] = (ri <= knee[i] ? 1 : 0) + (rj <= knee[j] ? 1 : 0);
    pair(out, 11, Math.log(c / afterKnee[i]), Math.log(c / afterKnee[j]));
    pair(out, 13, Math.log1p(knee[i]), Math.log1p(knee[j]));
    pair(out, 15, richness[i], richness[j]);
  }

  /**
   * Per candidate pair (articles {@code first[k]} and {@code second[k]}, {@code k < count}): how much
   * closer in meaning the two articles are than each is to its closest candidates, or NaN when
   * either has no embedding. With e the pair's embedding cosine and m_i the mean of article i's
   * {@value #MEANING_NEIGHBOURS} highest cosines with its candidates: 2e - m_i - m_j (CSLS, Conneau
   * et al. 2018). Some articles are close to everything (short, generic, boilerplate) and some to
   * nothing; against each article's own level one cut fits both, as the cosine features do against
   * the lists of nearest neighbours. Measured on ECB+, this form separates same-story pairs better
   * than the plain cosine or a level taken over the whole feed (docs/benchmarks/stories.md).
   */
  static double[] meaning(int[] first, int[] second, int count, float[][] embeddings) {
    int n = embeddings.length;
    double[] cosines = new double[count];
    double[] highest = new double[n * MEANING_NEIGHBOURS];
    int[] kept = new int[n];
    for (int k = 0; k < count; k++) {
      float[] a = embeddings[first[k]];
      float[] b = embeddings[second[k]];
      if (a.length == 0 || b.length == 0) {
        cosines[k] = Double.NaN;
        continue;
      }
      double dot = 0;
      for (int d = 0; d < a.length; d++) {
        dot += a[d] * b[d];
      }
      cosines[k] = dot;
      keepHighest(highest, kept, first[k], dot);
      keepHighest(highest, kept, second[k], dot);
    }
    double[] level = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int r = 0; r < kept[i]; r++) {
        sum += highest[i * MEANING_NEIGHBOURS + r];
      }
      level[i] = kept[i] == 0 ? 0 : sum / kept[i];
    }
    for (int k = 0; k < count; k++) {
      cosines[k] = 2 * cosines[k] - level[first[k]] - level[second[k]];
    }
    return cosines;
  }

  /** Inserts {@code value} into article {@code i}'s descending list of its highest cosines. */
  private static void keepHighest(double[] highest, int[] kept, int i, double value) {
    int base = i * MEANING_NEIGHBOURS;
    int at = kept[i];
    if (at == MEANING_NEIGHBOURS) {
      if (value <= highest[base + MEANING_NEIGHBOURS - 1]) {
        return;
      }
      at--;
    } else {
      kept[i]++;
    }
    while (at > 0 && highest[base + at - 1] < value) {
      highest[base + at] = highest[base + at - 1];
      at--;
    }
    highest[base + at] = value;
  }

  /** log(1 + terms) of each article less their median, in standard deviations of it over the articles. */
  static double[] richness(int[] terms) {
    int n = terms.length;
    double[] logs = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      logs[i] = Math.log1p(terms[i]);
      mean += logs[i] / n;
    }
    double[] sorted = logs.clone();
    Arrays.sort(sorted);
    double median = n == 0 ? 0 : (sorted[(n - 1) / 2] + sorted[n / 2]) / 2;
    double squares = 0;
    for (double x : logs) {
      squares += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(squares / Math.max(1, n)) + FLOOR;
    for (int i = 0; i < n; i++) {
      logs[i] = (logs[i] - median) / sd;
    }
    return logs;
  }

  private static void pair(double[] out, int at, double a, double b) {
    out[at] = Math.min(a, b);
    out[at + 1] = Math.max(a, b);
  }

  /** Where {@code j} stands in {@code i}'s list, most similar first; {@value #NEIGHBOURS} when absent. */
  private int rank(int i, int j) {
    int[] ranked = neighbours.ranked()[i];
    for (int r = 0; r < ranked.length; r++) {
      if (ranked[r] == j) {
        return r;
      }
    }
    return NEIGHBOURS;
  }

  /** Entries two index-sorted lists have in common. */
  private static int shared(int[] a, int[] b) {
    int common = 0;
    for (int x = 0, y = 0; x < a.length && y < b.length;) {
      if (a[x] < b[y]) {
        x++;
      } else if (a[x] > b[y]) {
        y++;
      } else {
        common++;
        x++;
        y++;
      }
    }
    return common;
  }
}
