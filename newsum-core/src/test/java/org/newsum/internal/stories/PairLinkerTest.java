package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.stories.StoryOptions;

class PairLinkerTest {
  /** Terms of the topic every story is on. */
  private static final int TOPIC = 12;

  /**
   * {@code stories} stories of {@code size} articles each, every article one story of its own
   * (as the pass hands them over): an article weighs its story's five terms (0.5 to 1 each), two
   * terms drawn from the {@value #TOPIC} of a topic every story is on (1 each) and two terms of its
   * own; ids below {@value #TOPIC} are the topic's. Undated when {@code daysApart} is negative;
   * else a story's first half is on day 0, its second half {@code daysApart} days later.
   */
  private static List<List<OpenStory.Member>> feed(int stories, int size, int daysApart, long seed) {
    Random random = new Random(seed);
    List<List<OpenStory.Member>> feed = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      for (int a = 0; a < size; a++) {
        int[] ids = new int[9];
        double[] weights = new double[9];
        for (int t = 0; t < 5; t++) {
          ids[t] = TOPIC + 5 * s + t;
          weights[t] = 0.5 * (1 + random.nextDouble());
        }
        ids[5] = random.nextInt(TOPIC);
        ids[6] = (ids[5] + 1 + random.nextInt(TOPIC - 1)) % TOPIC;
        weights[5] = 1;
        weights[6] = 1;
        ids[7] = TOPIC + 5 * stories + 2 * (s * size + a);
        ids[8] = ids[7] + 1;
        weights[7] = 0.5;
        weights[8] = 0.5;
        int day = daysApart < 0 ? OpenStory.NO_DAY : a < size / 2 ? 0 : daysApart;
        feed.add(new ArrayList<>(List.of(new OpenStory.Member(s + "-" + a, SparseVector.topUnit(ids, weights, 9, 9), day, "", new float[0]))));
      }
    }
    return feed;
  }

  private static int terms(int stories, int size) {
    return TOPIC + 5 * stories + 2 * stories * size;
  }

  /** The story of each article after the merge, by article. */
  private static int[] merged(int stories, int size, int daysApart, StoryOptions options) {
    return PairLinker.merge(feed(stories, size, daysApart, 7), terms(stories, size), options);
  }

  /** Generated stories (of {@code size} articles each, in order) that do not come out of the merge exactly. */
  private static long broken(int[] merged, int size) {
    return IntStream.range(0, merged.length / size).filter(s -> IntStream.range(0, merged.length)
        .anyMatch(k -> (k / size == s) != (merged[k] == merged[s * size]))).count();
  }

  private static int[] expected(int stories, int size) {
    int[] expected = new int[stories * size];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = k / size * size;
    }
    return expected;
  }

  @Test
  void feedsOfSmallAndOfLargeStoriesOnOneTopicEachComeOutStoryByStory() {
    // at the training prior (half the candidates same-story), 20 of the 80 small-story articles
    // would join another story on the topic; the feed's own prior keeps them apart (all but one
    // article: it joins another story, so two stories of 40 are not exact)
    assertThat(broken(merged(40, 2, -1, StoryOptions.DEFAULT), 2)).isLessThanOrEqualTo(2);
    assertThat(merged(6, 12, -1, StoryOptions.DEFAULT)).containsExactly(expected(6, 12));
  }

  @Test
  void theHalvesOfAStoryStayApartAcrossAGapOfYears() {
    int[] apart = merged(6, 12, 3000, StoryOptions.DEFAULT.with("timeSlope", "0.3"));
    assertThat(apart).containsExactly(expected(12, 6));
    assertThat(merged(6, 12, 0, StoryOptions.DEFAULT.with("timeSlope", "0.3"))).containsExactly(expected(6, 12));
  }

  @Test
  void reportsThatShareOnlyTermsBelowTheirTopTenAreFoundThroughTheNeighbourTerms() {
    // each article's ten most salient terms are its own; its story's five terms weigh less
    int stories = 10;
    int size = 4;
    List<List<OpenStory.Member>> feed = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      for (int a = 0; a < size; a++) {
        int[] ids = new int[15];
        double[] weights = new double[15];
        for (int t = 0; t < 5; t++) {
          ids[t] = 5 * s + t;
          weights[t] = 0.6;
        }
        for (int t = 5; t < 15; t++) {
          ids[t] = 5 * stories + 10 * (s * size + a) + t - 5;
          weights[t] = 1;
        }
        feed.add(new ArrayList<>(List.of(new OpenStory.Member(s + "-" + a, SparseVector.topUnit(ids, weights, 15, 15),
            OpenStory.NO_DAY, "", new float[0]))));
      }
    }
    int terms = 5 * stories + 10 * stories * size;
    assertThat(PairLinker.merge(feed, terms, StoryOptions.DEFAULT)).containsExactly(expected(stories, size));
    int[] alone = new int[stories * size];
    for (int k = 0; k < alone.length; k++) {
      alone[k] = k;
    }
    assertThat(PairLinker.merge(feed, terms, StoryOptions.DEFAULT.with("neighbourTerms", "10"))).containsExactly(alone);
  }

  /**
   * {@code stories} stories of {@code size} reports, each report naming 6 of its story's 20 terms
   * (loose topic reports, unlike the model's training events), one of 10 terms of a topic all are
   * on, and 3 terms of its own; term ids below {@code stories * 20 + 10 + stories * size * 3}.
   */
  private static List<List<OpenStory.Member>> looseStories(int stories, int size, long seed) {
    Random random = new Random(seed);
    List<List<OpenStory.Member>> feed = new ArrayList<>();
    int own = stories * 20 + 10;
    for (int s = 0; s < stories; s++) {
      for (int a = 0; a < size; a++) {
        int[] ids = new int[10];
        double[] weights = new double[10];
        int[] chosen = random.ints(0, 20).distinct().limit(6).toArray();
        for (int t = 0; t < 6; t++) {
          ids[t] = s * 20 + chosen[t];
          weights[t] = 0.5 + random.nextDouble();
        }
        ids[6] = stories * 20 + random.nextInt(10);
        weights[6] = 1;
        for (int t = 7; t < 10; t++) {
          ids[t] = own++;
          weights[t] = 0.8;
        }
        feed.add(new ArrayList<>(List.of(new OpenStory.Member(s + "-" + a, SparseVector.topUnit(ids, weights, 10, 10),
            OpenStory.NO_DAY, "", new float[0]))));
      }
    }
    return feed;
  }

  @Test
  void largeStoriesOfLooseReportsComeOutWholeOnceThePriorSettlesOnWhatTheMergeJoins() {
    // EM alone reads the loose reports' low cosines as a low prior and splits them; the fixed point
    // raises it to the share the merge joins
    int stories = 8;
    int size = 20;
    List<List<OpenStory.Member>> feed = looseStories(stories, size, 11);
    int own = stories * 20 + 10 + stories * size * 3;
    StoryOptions oneCut = StoryOptions.DEFAULT.with("pairThreshold", "0.3").with("pairThresholdMax", "0.3");
    assertThat(PairLinker.merge(feed, own, oneCut)).containsExactly(expected(stories, size));
    assertThat(Arrays.stream(PairLinker.merge(feed, own, oneCut, 1)).distinct().count())
        .as("stories at the EM estimate alone").isGreaterThan(stories);
  }

  @Test
  void theCutIsChosenPerFeedWhereTheCalibratedProbabilitiesPromiseTheBestPairwiseF1() {
    // the loose large stories above split at one cut fixed for ECB+-like feeds (0.35, the earlier
    // default); with the cut chosen per feed they come out whole, while a feed of 2-article stories
    // on one topic still comes out story by story
    List<List<OpenStory.Member>> loose = looseStories(8, 20, 11);
    int terms = 8 * 20 + 10 + 8 * 20 * 3;
    StoryOptions fixed = StoryOptions.DEFAULT.with("pairThreshold", "0.35").with("pairThresholdMax", "0.35");
    assertThat(Arrays.stream(PairLinker.merge(loose, terms, fixed)).distinct().count()).isGreaterThan(8);
    assertThat(PairLinker.merge(loose, terms, StoryOptions.DEFAULT)).containsExactly(expected(8, 20));
    assertThat(broken(merged(40, 2, -1, StoryOptions.DEFAULT), 2)).isLessThanOrEqualTo(2);
  }

  @Test
  void theCutsRunFromPairThresholdToPairThresholdMax() {
    assertThat(PairLinker.cuts(StoryOptions.DEFAULT.with("pairThreshold", "0.25").with("pairThresholdMax", "0.35")))
        .containsExactly(new double[] {0.25, 0.275, 0.3, 0.325, 0.35}, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(PairLinker.cuts(StoryOptions.DEFAULT.with("pairThreshold", "0.4").with("pairThresholdMax", "0.3")))
        .as("a maximum below the least: that one cut").containsExactly(0.4);
  }

  @Test
  void theExpectedBCubedF1WeighsEachArticlesLikelyStoryMatesAgainstItsStorysSize() {
    // three stories of 1, 1 and 2 articles (articles 0, 1, 2-3); candidates 0-1 (0.9), 1-2 (0.2), 2-3 (0.8)
    PairLinker.Candidates candidates = new PairLinker.Candidates(new int[] {0, 1, 2}, new int[] {1, 2, 3},
        new double[3], new double[3], new double[3]);
    double[] probabilities = {0.9, 0.2, 0.8};
    int[] owner = {0, 1, 2, 2};
    int[] sizes = {1, 1, 2};
    // apart: precision (1 + 1 + 1.8/2 + 1.8/2) / 4, recall (1/1.9 + 1/2.1 + 1.8/2 + 1.8/1.8) / 4
    double apart = f1((1 + 1 + 0.9 + 0.9) / 4, (1 / 1.9 + 1 / 2.1 + 0.9 + 1) / 4);
    // stories 0 and 1 merged: precision (1.9/2 + 1.9/2 + 1.8/2 + 1.8/2) / 4, recall (1.9/1.9 + 1.9/2.1 + 1.8/2 + 1) / 4
    double merged = f1((0.95 + 0.95 + 0.9 + 0.9) / 4, (1 + 1.9 / 2.1 + 0.9 + 1) / 4);
    // all in one: precision (1.9 + 2.1 + 2 + 1.8) / 4 / 4, recall 1
    double all = f1((1.9 + 2.1 + 2 + 1.8) / 16, 1);
    org.assertj.core.data.Offset<Double> exact = org.assertj.core.data.Offset.offset(1e-12);
    assertThat(PairLinker.expectedBCubedF1(candidates, probabilities, owner, sizes, new int[] {0, 1, 2})).isCloseTo(apart, exact);
    assertThat(PairLinker.expectedBCubedF1(candidates, probabilities, owner, sizes, new int[] {0, 0, 2})).isCloseTo(merged, exact);
    assertThat(PairLinker.expectedBCubedF1(candidates, probabilities, owner, sizes, new int[] {0, 0, 0})).isCloseTo(all, exact);
    assertThat(merged).as("joining a likely pair pays; joining an unlikely one does not").isGreaterThan(apart)
        .isGreaterThan(all);
    assertThat(PairLinker.expectedBCubedF1(new PairLinker.Candidates(new int[0], new int[0], new double[0], new double[0],
        new double[0]), new double[0], new int[0], new int[0], new int[0])).isZero();
  }

  private static double f1(double precision, double recall) {
    return 2 * precision * recall / (precision + recall);
  }
}
