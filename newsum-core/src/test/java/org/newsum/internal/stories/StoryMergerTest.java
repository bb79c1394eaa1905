package org.newsum.internal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.stories.StoryOptions;

class StoryMergerTest {
  /** Plain cosine (no neighbour normalisation, no shared neighbours), the tests' threshold. */
  private static final StoryOptions PLAIN = StoryOptions.DEFAULT.with("neighbourNorm", "0").with("sharedWeight", "0");
  private static final StoryOptions OPTIONS = PLAIN.with("mergeThreshold", "0.3");
  private static final int TERMS = 20;

  /** A vectorizer that knows terms 0 .. {@value #TERMS} - 1 (by id), none an anchor. */
  private static ArticleVectorizer plain() {
    return anchors();
  }

  /** A vectorizer that knows terms 0 .. {@value #TERMS} - 1 (by id), {@code anchors} among them as anchors. */
  private static ArticleVectorizer anchors(int... anchors) {
    String[] terms = new String[TERMS];
    double[] weights = new double[TERMS];
    boolean[] flags = new boolean[TERMS];
    for (int t = 0; t < TERMS; t++) {
      terms[t] = "t" + t;
      weights[t] = 1;
    }
    for (int t : anchors) {
      flags[t] = true;
    }
    ArticleVectorizer vectorizer = new ArticleVectorizer(StoryOptions.DEFAULT);
    vectorizer.vectorize(new org.newsum.stories.ArticleSignature("v", null, "", false, terms, weights, flags, new float[0]));
    return vectorizer;
  }

  /** A member whose unit vector spreads its weight evenly over {@code terms}. */
  private static OpenStory.Member member(int day, int... terms) {
    double[] weights = new double[terms.length];
    Arrays.fill(weights, 1);
    return new OpenStory.Member("a" + Arrays.toString(terms) + day,
        SparseVector.topUnit(terms, weights, terms.length, terms.length), day, "", new float[0]);
  }

  @SafeVarargs
  private static List<List<OpenStory.Member>> stories(List<OpenStory.Member>... stories) {
    List<List<OpenStory.Member>> out = new ArrayList<>();
    for (List<OpenStory.Member> story : stories) {
      out.add(new ArrayList<>(story));
    }
    return out;
  }

  @Test
  void storiesWhoseArticlesAreOnAverageSimilarMergeIntoTheEarlierOneAndOthersStayApart() {
    // every pair of 0's and 2's articles shares terms 1 and 2 (mean cosine 0.5); 1 shares nothing
    List<List<OpenStory.Member>> stories = stories(
        List.of(member(OpenStory.NO_DAY, 1, 2, 3, 4), member(OpenStory.NO_DAY, 1, 2, 5, 6)),
        List.of(member(OpenStory.NO_DAY, 10, 11, 12)),
        List.of(member(OpenStory.NO_DAY, 1, 2, 7, 8)));
    assertThat(StoryMerger.merge(stories, TERMS, OPTIONS, plain())).containsExactly(0, 1, 0);
  }

  @Test
  void oneSimilarArticleDoesNotMergeTwoStoriesTheMeanOverAllPairsDecides() {
    // story 1's article matches the first of story 0's three fully and the others not at all:
    // single linkage would merge at cosine 1, the mean over the three pairs is 1/3
    List<List<OpenStory.Member>> stories = stories(
        List.of(member(OpenStory.NO_DAY, 1, 2), member(OpenStory.NO_DAY, 5, 6), member(OpenStory.NO_DAY, 7, 8)),
        List.of(member(OpenStory.NO_DAY, 1, 2)));
    assertThat(StoryMerger.merge(stories, TERMS, PLAIN.with("mergeThreshold", "0.4"), plain()))
        .containsExactly(0, 1);
    assertThat(StoryMerger.merge(stories, TERMS, PLAIN.with("mergeThreshold", "0.3"), plain()))
        .containsExactly(0, 0);
  }

  @Test
  void theMostSimilarPairMergesFirstAndTheMergedStoryIsComparedByItsMean() {
    // a chain 0 - 1 - 2 = 3 (cosines 0.5, 0.5, 1; 0 and 2 share nothing): 2 and 3 merge first,
    // then 0 and 1 (the tie with 1 and {2, 3} goes to the smaller pair); the two halves meet at a
    // mean of (0 + 0 + 0.5 + 0.5) / 4 = 0.25 and stay apart, where single linkage would chain all
    List<List<OpenStory.Member>> stories = stories(
        List.of(member(OpenStory.NO_DAY, 1, 2, 3, 4)),
        List.of(member(OpenStory.NO_DAY, 1, 2, 5, 6)),
        List.of(member(OpenStory.NO_DAY, 5, 6, 15, 16)),
        List.of(member(OpenStory.NO_DAY, 5, 6, 15, 16)));
    assertThat(StoryMerger.merge(stories, TERMS, OPTIONS, plain())).containsExactly(0, 0, 2, 2);
    // 1 and 2 merge first (into 1), then that story merges into 0 at mean 0.5: all end in 0
    List<List<OpenStory.Member>> pairFirst = stories(
        List.of(member(OpenStory.NO_DAY, 1, 2, 3, 4)),
        List.of(member(OpenStory.NO_DAY, 1, 2, 5, 6)),
        List.of(member(OpenStory.NO_DAY, 1, 2, 5, 6)));
    assertThat(StoryMerger.merge(pairFirst, TERMS, OPTIONS, plain())).containsExactly(0, 0, 0);
  }

  @Test
  void timeRaisesTheMeanNeededBeyondTheWindow() {
    int day = 10_000;
    List<List<OpenStory.Member>> near = stories(List.of(member(day, 1, 2, 3, 4)), List.of(member(day + 5, 1, 2, 5, 6)));
    List<List<OpenStory.Member>> far = stories(List.of(member(day, 1, 2, 3, 4)), List.of(member(day + 400, 1, 2, 5, 6)));
    StoryOptions options = PLAIN.with("mergeThreshold", "0.45").with("timeSlope", "0.03");
    assertThat(StoryMerger.merge(near, TERMS, options, plain())).containsExactly(0, 0);
    assertThat(StoryMerger.merge(far, TERMS, options, plain())).containsExactly(0, 1);
    assertThat(StoryMerger.merge(far, TERMS, options, anchors(1, 2))).as("what they share are names").containsExactly(0, 0);
    assertThat(StoryMerger.merge(far, TERMS, options.with("timeSlope", "0"), plain())).containsExactly(0, 0);
  }

  @Test
  void manyStoriesOfOneTopicMergeIntoOne() {
    // 3,000 one-article stories sharing terms 1 and 2 (pairwise cosine 0.5): each merge re-posts
    // the growing story, which must not grow the index with it
    List<List<OpenStory.Member>> stories = new ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      stories.add(List.of(member(OpenStory.NO_DAY, 1, 2, 3 + k % 15, 4 + (k + 7) % 15)));
    }
    int[] into = StoryMerger.merge(stories, TERMS, OPTIONS, plain());
    assertThat(Arrays.stream(into).distinct()).containsExactly(0);
  }

  @Test
  void relativeToTheNearestNeighbourOneThresholdMergesALooseTopicAndKeepsTwoTightStoriesApart() {
    // a loose topic: three long articles sharing only term 1 of nine (pairwise cosine 1/9, also
    // each one's nearest); two tight stories of near-copies (cosine 0.8) that share terms 15 and 16
    // with each other (cross cosine 0.4). No plain-cosine threshold merges the topic and keeps the
    // tight stories apart (1/9 < 0.4); relative to the nearest neighbour the topic's pairs score
    // 1 and the tight stories' 0.4 / 0.8 = 0.5
    List<List<OpenStory.Member>> stories = stories(
        List.of(member(OpenStory.NO_DAY, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
        List.of(member(OpenStory.NO_DAY, 1, 10, 11, 12, 13, 14, 17, 18, 19)),
        List.of(member(OpenStory.NO_DAY, 1, 30, 31, 32, 33, 34, 35, 36, 37)),
        List.of(member(OpenStory.NO_DAY, 15, 16, 20, 21, 22), member(OpenStory.NO_DAY, 15, 16, 20, 21, 23)),
        List.of(member(OpenStory.NO_DAY, 15, 16, 24, 25, 26), member(OpenStory.NO_DAY, 15, 16, 24, 25, 27)));
    assertThat(StoryMerger.merge(stories, 40, PLAIN.with("mergeThreshold", "0.1"), plain()))
        .containsExactly(0, 0, 0, 3, 3);
    assertThat(StoryMerger.merge(stories, 40, PLAIN.with("mergeThreshold", "0.35"), plain()))
        .containsExactly(0, 1, 2, 3, 3);
    StoryOptions relative = PLAIN.with("mergeThreshold", "0.6").with("neighbourNorm", "1");
    assertThat(StoryMerger.merge(stories, 40, relative, plain())).containsExactly(0, 0, 0, 3, 4);
  }

  @Test
  void articlesThatResembleTheSameOthersMergeThoughTheirOwnCosineIsLow() {
    // a loose topic: three articles sharing one of 9 terms (cosine 1/9 each), each one's two
    // nearest the other two, so their lists (with themselves) are the same. Two stories of a
    // close pair each (cosine 4/9) whose articles 0 and 2 meet at cosine 1/9 too, but whose lists
    // differ: mean over their cross pairs (1/9 + 0 + 0 + 0) / 4 plus half of (2/3 + 1/3 + 1/3 + 0) / 4
    // = 0.19. At 0.4 the plain cosine merges nothing; half the share of shared lists merges the topic alone
    List<List<OpenStory.Member>> stories = stories(
        List.of(member(OpenStory.NO_DAY, 1, 10, 11, 12, 13, 14, 15, 16, 17)),
        List.of(member(OpenStory.NO_DAY, 1, 20, 21, 22, 23, 24, 25, 26, 27)),
        List.of(member(OpenStory.NO_DAY, 1, 30, 31, 32, 33, 34, 35, 36, 37)),
        List.of(member(OpenStory.NO_DAY, 50, 51, 52, 53, 54, 55, 56, 57, 58),
            member(OpenStory.NO_DAY, 51, 52, 53, 54, 60, 61, 62, 63, 64)),
        List.of(member(OpenStory.NO_DAY, 50, 71, 72, 73, 74, 75, 76, 77, 78),
            member(OpenStory.NO_DAY, 71, 72, 73, 74, 80, 81, 82, 83, 84)));
    StoryOptions plain = PLAIN.with("mergeThreshold", "0.4").with("sharedNeighbours", "2");
    assertThat(StoryMerger.merge(stories, 90, plain, plain())).containsExactly(0, 1, 2, 3, 4);
    assertThat(StoryMerger.merge(stories, 90, plain.with("sharedWeight", "0.5"), plain()))
        .containsExactly(0, 0, 0, 3, 4);
  }

  @Test
  void emptyStoriesAndWordlessArticlesStayApart() {
    List<List<OpenStory.Member>> stories = stories(List.of(), List.of(new OpenStory.Member("e", SparseVector.EMPTY,
        OpenStory.NO_DAY, "", new float[0])), List.of(member(OpenStory.NO_DAY, 1)));
    assertThat(StoryMerger.merge(stories, TERMS, OPTIONS, plain())).containsExactly(0, 1, 2);
  }
}
