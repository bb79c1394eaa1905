package org.newsum.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.documents.InputException;
import org.newsum.model.Document;

class StoryGrouperTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static Document article(String id, String text, LocalDate date) {
    return new Document(id, "", text, date, null);
  }

  /** A generated feed: {@code events} events, each with its own names and words, a few articles each, dated. */
  static List<Document> feed(int events, int perEvent, long seed) {
    Random random = new Random(seed);
    List<Document> articles = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      String place = "Place" + (char) ('a' + e % 26) + (char) ('a' + e / 26 % 26);
      String person = "Person" + (char) ('k' + e % 13) + (char) ('b' + e / 13 % 20);
      for (int a = 0; a < perEvent; a++) {
        StringBuilder text = new StringBuilder("Officials in ").append(place).append(" said that ")
            .append(person).append(" met reporters on Monday after the flood. ");
        for (int w = 0; w < 30; w++) {
          text.append(" event").append(e).append("word").append(random.nextInt(6));
          text.append(" common").append(random.nextInt(400));
        }
        articles.add(article("e" + e + "-a" + a, text.toString(), DAY.plusDays(e / 4 + random.nextInt(2))));
      }
    }
    java.util.Collections.shuffle(articles, random);
    return articles;
  }

  private static Map<String, String> assignments(StoryGrouper grouper, List<Document> articles) {
    articles.forEach(grouper::add);
    Map<String, String> story = new LinkedHashMap<>();
    for (Story s : grouper.drainRetired()) {
      s.articleIds().forEach(id -> story.put(id, s.id()));
    }
    for (Story s : grouper.openStories()) {
      s.articleIds().forEach(id -> story.put(id, s.id()));
    }
    return story;
  }

  @Test
  void groupsTheArticlesOfEachEventTogetherAndApart() {
    List<Document> feed = StoryGrouper.feedOrder(feed(12, 4, 7));
    Map<String, String> story = assignments(StoryGrouper.standard(StoryOptions.DEFAULT), feed);
    assertThat(story).hasSize(48);
    for (Document a : feed) {
      for (Document b : feed) {
        boolean sameEvent = a.id().split("-")[0].equals(b.id().split("-")[0]);
        assertThat(story.get(a.id()).equals(story.get(b.id()))).as(a.id() + " / " + b.id()).isEqualTo(sameEvent);
      }
    }
  }

  /**
   * A signature of equally weighted terms: the tf-idf cosines then follow from the shared terms. A
   * capitalized term is an anchor (a name), under its lower-cased form.
   */
  private static ArticleSignature signature(String id, LocalDate date, String... terms) {
    double[] weights = new double[terms.length];
    java.util.Arrays.fill(weights, 1);
    boolean[] anchors = new boolean[terms.length];
    String[] stems = new String[terms.length];
    for (int k = 0; k < terms.length; k++) {
      anchors[k] = Character.isUpperCase(terms[k].charAt(0));
      stems[k] = terms[k].toLowerCase(java.util.Locale.ROOT);
    }
    return new ArticleSignature(id, date, id, false, stems, weights, anchors, new float[0]);
  }

  /** The single pass at threshold 0.3, which the cosines of these tests (about 0.37) are set against. */
  private static final StoryOptions PASS = StoryOptions.DEFAULT.with("threshold", "0.3");

  private static final String[] REPORT = {"quake", "ridgeland", "magnitude", "collapse", "killed", "rescuers",
      "tuesday", "hospital", "aftershock", "governor"};
  /** Shares 4 of its 10 terms with {@link #REPORT}: a cosine of about 0.37, above the threshold but not far. */
  private static final String[] RELATED = {"quake", "ridgeland", "magnitude", "collapse", "storm", "flood", "dam",
      "river", "levee", "barge"};

  @Test
  void timeIsSoftAModerateMatchJoinsWithinTheWindowAndAStrongOneAcrossMonths() {
    for (int gap : new int[] {2, 365}) {
      StoryGrouper grouper = StoryGrouper.standard(PASS);
      String first = grouper.add(signature("a", DAY, REPORT));
      String related = grouper.add(signature("b", DAY.plusDays(gap), RELATED));
      String same = grouper.add(signature("c", DAY.plusDays(gap), REPORT));
      assertThat(same).as("a strong match joins %d days later", gap).isEqualTo(first);
      assertThat(related.equals(first)).as("a moderate match %d days later joins", gap).isEqualTo(gap < 7);
    }
    StoryGrouper undated = StoryGrouper.standard(PASS);
    String dated = undated.add(signature("a", DAY.minusDays(365), REPORT));
    assertThat(undated.add(signature("d", null, RELATED))).as("time never counts against an undated article")
        .isEqualTo(dated);
    StoryGrouper hard = StoryGrouper.standard(PASS.with("timeSlope", "0"));
    String first = hard.add(signature("a", DAY, REPORT));
    assertThat(hard.add(signature("b", DAY.plusDays(365), RELATED))).as("timeSlope 0 ignores time").isEqualTo(first);
  }

  @Test
  void sharedNamesRelaxTheTimePenaltySharedTopicWordsDoNot() {
    // a year later, 4 of 10 terms shared (a cosine of about 0.37, under what a year's gap needs):
    // names of the same place and people join the story, the same number of topic words do not
    String[] report = {"Ridgeland", "Varga", "Oskar", "Belmar", "quake", "collapse", "killed", "rescuers", "hospital",
        "aftershock"};
    String[] names = {"Ridgeland", "Varga", "Oskar", "Belmar", "storm", "flood", "dam", "river", "levee", "barge"};
    String[] topic = {"quake", "collapse", "killed", "rescuers", "storm", "flood", "dam", "river", "levee", "barge"};
    StoryGrouper sameNames = StoryGrouper.standard(PASS);
    String first = sameNames.add(signature("a", DAY, report));
    assertThat(sameNames.add(signature("b", DAY.plusDays(365), names))).isEqualTo(first);
    StoryGrouper sameKind = StoryGrouper.standard(PASS);
    String event = sameKind.add(signature("a", DAY, report));
    assertThat(sameKind.add(signature("b", DAY.plusDays(365), topic))).isNotEqualTo(event);
    StoryGrouper near = StoryGrouper.standard(PASS);
    String recent = near.add(signature("a", DAY, report));
    assertThat(near.add(signature("b", DAY.plusDays(3), topic))).as("within the window topic words suffice")
        .isEqualTo(recent);
  }

  @Test
  void refinementMovesAnArticleThatCameBeforeItsEventToItsStory() {
    // "f" shares 3 of its 12 terms with each report of the event: under the threshold with any one
    // report, which it precedes, but above it with the centroid of all four
    List<ArticleSignature> feed = new ArrayList<>();
    feed.add(signature("f", DAY, "c1", "c2", "c3", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"));
    for (int e = 0; e < 4; e++) {
      feed.add(signature("e" + e, DAY, "c1", "c2", "c3", "c4", "c5", "c6", "u" + e + "a", "u" + e + "b", "u" + e + "c",
          "u" + e + "d"));
    }
    Map<String, String> refined = new LinkedHashMap<>();
    Map<String, String> single = new LinkedHashMap<>();
    StoryOptions noMerge = PASS.with("mergeThreshold", "0").with("pairThreshold", "0").with("refineRounds", "1"); // the refinement alone
    StoryGrouper withRefinement = StoryGrouper.standard(noMerge);
    StoryGrouper singlePass = StoryGrouper.standard(noMerge.with("refineRounds", "0"));
    feed.forEach(withRefinement::add);
    feed.forEach(singlePass::add);
    withRefinement.openStories().forEach(s -> s.articleIds().forEach(id -> refined.put(id, s.id())));
    singlePass.openStories().forEach(s -> s.articleIds().forEach(id -> single.put(id, s.id())));

    assertThat(single.get("f")).isNotEqualTo(single.get("e0"));
    assertThat(new java.util.HashSet<>(refined.values())).hasSize(1);
    assertThat(refined.get("e0")).isEqualTo(single.get("e0"));
  }

  @Test
  void feedOrderSortsByDateStablyAndKeepsUndatedArticlesAfterTheirPredecessor() {
    List<Document> in = List.of(article("x", "t", DAY.plusDays(3)), article("u1", "t", null),
        article("y", "t", DAY.plusDays(1)), article("z", "t", DAY.plusDays(1)), article("u2", "t", null));
    assertThat(StoryGrouper.feedOrder(in)).extracting(Document::id).containsExactly("y", "z", "u2", "x", "u1");
    List<Document> undatedFirst = List.of(article("u", "t", null), article("x", "t", DAY));
    assertThat(StoryGrouper.feedOrder(undatedFirst)).extracting(Document::id).containsExactly("u", "x");
  }

  @Test
  void twoRunsThroughASavedStateAssignWhatOneRunDoes(@TempDir Path state) {
    List<Document> feed = StoryGrouper.feedOrder(feed(40, 3, 11));
    Map<String, String> once = assignments(StoryGrouper.standard(StoryOptions.DEFAULT), feed);

    int half = feed.size() / 2;
    StoryGrouper first = StoryGrouper.restore(state, StoryOptions.DEFAULT);
    Map<String, String> split = new LinkedHashMap<>();
    feed.subList(0, half).forEach(first::add);
    first.drainRetired().forEach(s -> s.articleIds().forEach(id -> split.put(id, s.id())));
    first.save(state);
    assertThat(readState(state)).as("the open articles' embeddings are kept").contains("\"embedding\"");
    StoryGrouper second = StoryGrouper.restore(state, StoryOptions.DEFAULT);
    split.putAll(assignments(second, feed.subList(half, feed.size())));

    assertThat(split).isEqualTo(once);
    assertThat(new java.util.HashSet<>(once.values())).hasSizeGreaterThan(10);
  }

  private static String readState(Path state) {
    try (var files = Files.list(state)) {
      return Files.readString(files.findFirst().orElseThrow());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRestoredGrouperTellsWhichStoriesTheRefinementOrNewArticlesChanged(@TempDir Path state) {
    // run 1: "f" and the first report stay apart, "z" is unrelated; run 2: three more reports pull "f" in
    StoryGrouper first = StoryGrouper.restore(state, StoryOptions.DEFAULT);
    first.add(signature("f", DAY, "c1", "c2", "c3", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"));
    first.add(signature("e0", DAY, "c1", "c2", "c3", "c4", "c5", "c6", "u0a", "u0b", "u0c", "u0d"));
    first.add(signature("z", DAY, "z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8", "z9", "z10"));
    assertThat(first.openStories()).allSatisfy(story -> assertThat(first.changedSinceRestore(story)).isTrue());
    first.save(state);

    StoryGrouper second = StoryGrouper.restore(state, StoryOptions.DEFAULT);
    for (int e = 1; e < 4; e++) {
      second.add(signature("e" + e, DAY, "c1", "c2", "c3", "c4", "c5", "c6", "u" + e + "a", "u" + e + "b", "u" + e + "c",
          "u" + e + "d"));
    }
    Map<String, Story> byArticle = new LinkedHashMap<>();
    second.openStories().forEach(story -> story.articleIds().forEach(id -> byArticle.put(id, story)));
    assertThat(byArticle.get("f")).isSameAs(byArticle.get("e0"));
    assertThat(second.changedSinceRestore(byArticle.get("f"))).isTrue();
    assertThat(second.changedSinceRestore(byArticle.get("z"))).isFalse();
  }

  @Test
  void aStateMadeWithOtherParametersOrDamagedIsRefusedWithOneLine(@TempDir Path state) throws Exception {
    StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
    grouper.add(article("a", "Some words about a vote in Springfield.", DAY));
    grouper.save(state);
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT.with("threshold", "0.4")))
        .isInstanceOf(InputException.class).hasMessageContaining("other parameters");
    Path file = Files.list(state).findFirst().orElseThrow();
    Files.writeString(file, Files.readString(file).replace("\"terms\"", "\"tems\""));
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT))
        .isInstanceOf(InputException.class).hasMessageContaining("damaged");
    Files.writeString(file, "{\"format\":\"something else\"}");
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT))
        .isInstanceOf(InputException.class).hasMessageContaining("not a story state");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot read");
    // Bug: a truncated state file was two lines, the second the parser's "at [Source: REDACTED …]".
    Files.writeString(file, "{\"format\":\"newsum-stories-state/3\",\"options\":{");
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT)).isInstanceOf(InputException.class)
        .hasMessage(file + ": cannot read the story state: malformed JSON: Unexpected end-of-input: expected close marker"
            + " for Object (column 47)");
  }

  @Test
  void aStateSavedBeforeTheCutWasChosenPerFeedReadsAsItsOneCut(@TempDir Path state) throws Exception {
    StoryOptions oneCut = StoryOptions.DEFAULT.with("pairThreshold", "0.35").with("pairThresholdMax", "0.35");
    StoryGrouper grouper = StoryGrouper.standard(oneCut);
    grouper.add(article("a", "Some words about a vote in Springfield.", DAY));
    grouper.save(state);
    Path file = Files.list(state).findFirst().orElseThrow();
    String saved = Files.readString(file);
    assertThat(saved).contains("\"pairThresholdMax\"");
    Files.writeString(file, saved.replaceAll(",\\s*\"pairThresholdMax\"\\s*:\\s*\"[^\"]*\"", ""));
    assertThat(Files.readString(file)).doesNotContain("pairThresholdMax");
    assertThat(StoryGrouper.restore(state, oneCut).openStories()).hasSize(1);
    assertThatThrownBy(() -> StoryGrouper.restore(state, StoryOptions.DEFAULT.with("pairThreshold", "0.35")))
        .isInstanceOf(InputException.class).hasMessageContaining("other parameters");
  }

  @Test
  void emptyAndWordlessArticlesOpenTheirOwnStories() {
    StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
    String a = grouper.add(article("a", "", null));
    String b = grouper.add(article("b", "... !!! ,", null));
    assertThat(a).isNotEqualTo(b);
    assertThat(grouper.openStories()).extracting(Story::size).containsExactly(1, 1);
    assertThat(grouper.openStories()).extracting(Story::id).as("a story alone keeps its id").containsExactly(a, b);
  }

  @Test
  void theHeadlineIsASourceTitleOrTheOpeningWords() {
    StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
    String text = "Voters in Eastvale re-elected Mayor Quinn on Sunday by a wide margin, officials said.";
    grouper.add(article("a", text, DAY));
    assertThat(grouper.openStories().get(0).headline()).isEqualTo(text);
    grouper.add(new Document("b", "Quinn wins again in Eastvale", text, DAY, null));
    assertThat(grouper.openStories().get(0).headline()).isEqualTo("Quinn wins again in Eastvale");
  }

  @Test
  void storiesNoArticleCouldJoinAnyMoreOrBeyondTheCapAreRetired() {
    // timeSlope 1: the cosine needed passes 1 at 7 + 7 * (2^0.72 - 1) = 11.5 days beyond a story's last date
    StoryOptions options = StoryOptions.DEFAULT.with("maxOpenStories", "5").with("timeSlope", "1");
    StoryGrouper grouper = StoryGrouper.standard(options);
    List<Document> feed = StoryGrouper.feedOrder(feed(100, 3, 3));
    List<Story> retired = new ArrayList<>();
    for (Document article : feed) {
      grouper.add(article);
      retired.addAll(grouper.drainRetired());
      assertThat(grouper.openStories().size()).isLessThanOrEqualTo(5 + 256);
    }
    // one sweep ran (after article 256): it retired the stories idle beyond 11.5 days, then the least recent beyond 5
    assertThat(retired).isNotEmpty();
    assertThat(retired.get(0).lastDate()).isBefore(feed.get(255).date().minusDays(11));
    assertThat(retired.size() + grouper.openStories().size()).isGreaterThanOrEqualTo(100);
    assertThat(retired.stream().mapToInt(Story::size).sum() + grouper.openStories().stream().mapToInt(Story::size).sum())
        .isEqualTo(300);
  }
}
