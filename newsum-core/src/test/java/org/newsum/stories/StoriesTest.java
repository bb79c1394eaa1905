package org.newsum.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.model.Budget;
import org.newsum.model.Document;

class StoriesTest {
  private static final SummarizeStep STEP = SummarizeStep.of(Newsum.standard(), SummaryRequest.of("lead", Budget.sentences(1)));

  @Test
  void groupsInFeedOrderLargestFirstWithEveryArticleInOneStory() {
    List<Document> feed = StoryGrouperTest.feed(5, 3, 7);
    List<Document> few = feed.subList(0, 7);

    List<Story> stories = Stories.group(StoryGrouper.standard(StoryOptions.DEFAULT), few);

    assertThat(stories).isSortedAccordingTo((a, b) -> Integer.compare(b.size(), a.size()));
    assertThat(stories.stream().flatMap(s -> s.articleIds().stream()))
        .containsExactlyInAnyOrderElementsOf(few.stream().map(Document::id).toList());
    Map<String, String> storyOf = Stories.storyOf(stories);
    assertThat(storyOf).hasSize(few.size());
    stories.forEach(s -> s.articleIds().forEach(id -> assertThat(storyOf.get(id)).isEqualTo(s.id())));
  }

  @Test
  void aContinuedRunReturnsOnlyTheStoriesItsArticlesJoinedOrOpened(@TempDir Path state) {
    List<Document> first = List.of(
        new Document("q1", "Quake hits Valdoria", "A magnitude 6.8 earthquake struck Persk in Valdoria on Tuesday.", null, null),
        new Document("e1", "Quinn re-elected", "Mayor Dana Quinn of Eastvale was re-elected on Sunday.", null, null));
    StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
    List<Story> before = Stories.group(grouper, first);
    grouper.save(state);
    assertThat(before).hasSize(2);

    Document later = new Document("e2", "Quinn wins again", "Eastvale mayor Dana Quinn was re-elected on Sunday, beating Hale.", null, null);
    List<Story> after = Stories.group(StoryGrouper.restore(state, StoryOptions.DEFAULT), List.of(later));

    assertThat(after).as("the quake story gained nothing this run").hasSize(1);
    assertThat(after.get(0).articleIds()).containsExactly("e1", "e2");
    ClusterResult result = Stories.summarize(after.get(0), Stories.byId(List.of(later)), STEP);
    assertThat(result).isInstanceOf(ClusterResult.Summarized.class);
    assertThat(((ClusterResult.Summarized) result).summary().sentences())
        .as("only this run's articles are summarized").allSatisfy(s -> assertThat(s.sentence().documentId()).isEqualTo("e2"));
  }

  /**
   * With a restored state the refinement may move an earlier article between stories: a story it
   * changed is this run's output even when none of this run's articles joined it.
   */
  @Test
  void aContinuedRunReturnsTheStoriesTheRefinementChangedToo() {
    Story joined = new Story("s1", List.of("a1", "n1"), null, null, "joined");
    Story refined = new Story("s2", List.of("a2", "a3"), null, null, "refined");
    Story untouched = new Story("s3", List.of("a4"), null, null, "untouched");
    StoryGrouper restored = new StoryGrouper() {
      @Override
      public StoryOptions options() {
        return StoryOptions.DEFAULT.with("embeddings", "false");
      }

      @Override
      public String add(Document article) {
        return "s1";
      }

      @Override
      public String add(ArticleSignature article) {
        return "s1";
      }

      @Override
      public List<Story> openStories() {
        return List.of(joined, refined, untouched);
      }

      @Override
      public List<Story> drainRetired() {
        return List.of();
      }

      @Override
      public boolean changedSinceRestore(Story story) {
        return story != untouched;
      }

      @Override
      public void save(Path directory) {}
    };

    List<Story> stories = Stories.group(restored, List.of(new Document("n1", "", "New text.", null, null)));

    assertThat(stories).containsExactly(joined, refined);
  }

  @Test
  void aStoryThatCannotBeSummarizedIsSkippedAndItsLineHasNoSummary() {
    Document menu = new Document("m1", "", "Home\nNews\nSport\nWeather", null, null);
    Story story = new Story("s9", List.of("m1"), null, null, "Home");

    ClusterResult result = Stories.summarize(story, Stories.byId(List.of(menu)), STEP);

    assertThat(result).isInstanceOf(ClusterResult.Skipped.class);
    assertThat(((ClusterResult.Skipped) result).message()).startsWith("story s9: ");
    ObjectNode line = StoryJson.summarized(story, result);
    assertThat(line.has("summary")).isFalse();
    assertThat(line.path("articles").get(0).asText()).isEqualTo("m1");
  }
}
